/**
 * A Cypher map literal naming each of `keys` from the row variable
 * (`{id: c.id, date: c.date}`), for a CREATE that sets its properties in one
 * go: about a third faster than `SET n = row` from a parameter map. The keys
 * are the project's own field names, never input.
 */
export function propertyMap(variable: string, keys: readonly string[]): string {
  return `{${keys.map((key) => `${key}: ${variable}.${key}`).join(', ')}}`;
}

/** Every key of T, each once: a compile error names the key a list forgets. */
export function allKeys<T>() {
  return <const K extends readonly (keyof T & string)[]>(
    ...keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, K[number]> })
  ): K => keys;
}
