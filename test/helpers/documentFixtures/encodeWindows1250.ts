/** Text encoded in Windows-1250 (the reverse of the platform's decoder); unmappable characters become "?". */
export function encodeWindows1250(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1250');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from(Array.from(text, (char) => table.get(char) ?? 0x3f));
}
