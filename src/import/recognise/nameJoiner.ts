// Words that start a new line of minutes rather than continue a name wrapped over two lines.
const LINE_STARTERS = String.raw`(?:Občin|Mestn|Svet|Župan|Podžupan|Zapisnik|Sej|Komisij|Odbor|Datum|Številk|Štev|Prisotn|Odsotn|Navzoč|Dnevn|Točk|Sklep|Ad|Predsedn|Glasovanj)`;

/**
 * The regex source that joins two capitalised words of one name: a space or
 * hyphen, or a single line break as a PDF wraps a long phrase ("Mestno
 * občino Nova⏎Gorica"), unless the next line opens with a word that starts a
 * new line of minutes ("Občinski svet", "Župan", "Sklep").
 */
export const NAME_JOINER = String.raw`(?:[ -]|[ \t]*\n[ \t]*(?!${LINE_STARTERS}))`;
