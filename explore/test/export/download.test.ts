import { afterEach, describe, expect, it, vi } from 'vitest';
import { download } from '../../src/export/download';

interface FakeLink {
  href: string;
  download: string;
  rel: string;
  style: { display: string };
  click: () => void;
  remove: () => void;
}

function stubBrowser() {
  const events: string[] = [];
  const blobs: Blob[] = [];
  let link: FakeLink | undefined;
  vi.stubGlobal('URL', {
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      events.push('create');
      return 'blob:1';
    },
    revokeObjectURL: (url: string) => events.push(`revoke ${url}`),
  });
  vi.stubGlobal('document', {
    createElement: (tag: string) => {
      expect(tag).toBe('a');
      link = {
        href: '',
        download: '',
        rel: '',
        style: { display: '' },
        click: () => events.push(`click ${link!.href} ${link!.download}`),
        remove: () => events.push('remove'),
      };
      return link;
    },
    body: { appendChild: () => events.push('append') },
  });
  return { events, blobs };
}

describe('download', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('clicks a temporary link to an object URL and revokes the URL afterwards', async () => {
    vi.useFakeTimers();
    const { events, blobs } = stubBrowser();
    download('kranj-2026-11-30.csv', 'text/csv', '\uFEFFIme\r\nŠtruc\r\n');
    expect(events).toEqual(['create', 'append', 'click blob:1 kranj-2026-11-30.csv', 'remove']);
    vi.runAllTimers();
    expect(events.at(-1)).toBe('revoke blob:1');
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const bytes = await blobs[0]!.arrayBuffer();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFIme\r\nŠtruc\r\n');
  });

  it('passes a Blob as it is', () => {
    vi.useFakeTimers();
    const { blobs } = stubBrowser();
    const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    download('a.png', 'image/png', png);
    expect(blobs[0]).toBe(png);
  });
});
