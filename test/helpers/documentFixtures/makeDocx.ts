import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

/** A block of a generated DOCX: a paragraph, a Word auto-numbered list, or a table. */
export type DocxBlock = string | { numbered: string[] } | { table: string[][] };

function paragraph(text: string, numbered = false): Paragraph {
  // Tabs as Word tab elements, so the DOCX is what Word itself would write.
  const children = text.split('\t').flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part]));
  return new Paragraph({
    children: [new TextRun({ children })],
    ...(numbered ? { numbering: { reference: 'agenda', level: 0 } } : {}),
  });
}

/**
 * A DOCX made with the `docx` package: strings become paragraphs ('' an empty one),
 * `numbered` items a real Word auto-numbered list ("%1." decimal, as agendas are typed, the
 * numbers exist only in numbering.xml), `table` rows a Word table.
 */
export async function makeDocx(blocks: readonly DocxBlock[]): Promise<Uint8Array> {
  const children = blocks.flatMap<Paragraph | Table>((block) => {
    if (typeof block === 'string') return [paragraph(block)];
    if ('numbered' in block) return block.numbered.map((item) => paragraph(item, true));
    return [
      new Table({
        rows: block.table.map(
          (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [paragraph(cell)] })) }),
        ),
      }),
    ];
  });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'agenda',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
