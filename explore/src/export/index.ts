/** The explorer's exports: pure functions from a view or a drawing to a file's text, and the download. */
export { toGraphML } from './toGraphML';
export { toJson, type GraphViewFile } from './toJson';
export { toSvg, type SvgDrawing } from './toSvg';
export { toCsv, type CsvColumn } from './toCsv';
export { download } from './download';
export { fileNameFor, slugify } from './fileNameFor';
