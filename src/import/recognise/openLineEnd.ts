/**
 * Matches a line that ends on a word needing a complement ("… in mestom", "… med", "… o"): a heading that ends
 * so went on in the next line, where a PDF wrapped it.
 */
export const OPEN_LINE_END =
  /(?<![\p{L}])(?:in|ter|ali|z|s|med|o|za|na|v|pri|do|od|mestom|mestoma|občino|občinama)[ \t]*$/iu;
