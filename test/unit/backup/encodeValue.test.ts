import neo4j, { Date as Neo4jDate, DateTime, Duration, LocalDateTime, LocalTime, Point, Time } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { BackupFormatError, decodeValue, encodeValue, UnsupportedValueError } from '../../../src/backup/encodeValue.js';

/** Through the file and back: encode, JSON text, parse, decode. */
function roundTrip(value: unknown): unknown {
  return decodeValue(JSON.parse(JSON.stringify(encodeValue(value))));
}

describe('the backup value encoding', () => {
  it('keeps strings, booleans and floats as JSON', () => {
    expect(encodeValue('Ljubljana – Šmarje')).toBe('Ljubljana – Šmarje');
    expect(encodeValue(true)).toBe(true);
    expect(encodeValue(1.5)).toBe(1.5);
    // A float that looks whole stays a float (a JSON number), not an integer.
    expect(roundTrip(3)).toBe(3);
    expect(typeof roundTrip(3)).toBe('number');
  });

  it('keeps the floats JSON cannot hold', () => {
    expect(roundTrip(NaN)).toBeNaN();
    expect(roundTrip(Infinity)).toBe(Infinity);
    expect(roundTrip(-Infinity)).toBe(-Infinity);
    expect(Object.is(roundTrip(-0), -0)).toBe(true);
    expect(roundTrip(Number.MIN_VALUE)).toBe(Number.MIN_VALUE);
    expect(roundTrip(0.1 + 0.2)).toBe(0.1 + 0.2);
  });

  it('keeps integers exactly, beyond 2^53 and at the 64-bit limits', () => {
    for (const text of ['0', '-1', '9007199254740993', '9223372036854775807', '-9223372036854775808']) {
      expect(encodeValue(BigInt(text))).toEqual({ $int: text });
      expect(encodeValue(neo4j.int(text))).toEqual({ $int: text });
      expect(String(roundTrip(BigInt(text)))).toBe(text);
      expect(neo4j.isInt(roundTrip(BigInt(text)))).toBe(true);
    }
    expect(() => decodeValue({ $int: '9223372036854775808' })).toThrow(BackupFormatError);
    expect(() => decodeValue({ $int: '1.5' })).toThrow(BackupFormatError);
  });

  it('keeps bytes', () => {
    const bytes = new Int8Array([0, -1, 127, -128, 42]);
    const back = roundTrip(bytes) as Int8Array;
    expect(back).toBeInstanceOf(Int8Array);
    expect(Array.from(back)).toEqual(Array.from(bytes));
  });

  it('keeps every temporal type with its fields, zone and offset', () => {
    const values: unknown[] = [
      new Neo4jDate(2024, 2, 29),
      new Neo4jDate(-44, 3, 15),
      new Neo4jDate(999_999, 12, 31),
      new LocalTime(23, 59, 59, 999_999_999),
      new Time(8, 30, 0, 1, 3600),
      new Time(8, 30, 0, 1, -12_600),
      new LocalDateTime(2024, 10, 27, 2, 30, 0, 5),
      new DateTime(2024, 10, 27, 2, 30, 0, 5, 7200),
      new DateTime(2024, 10, 27, 2, 30, 0, 5, undefined, 'Europe/Ljubljana'),
      new DateTime(2024, 10, 27, 2, 30, 0, 5, 3600, 'Europe/Ljubljana'),
      new Duration(14, 3, 3661, 500),
      new Duration(neo4j.int(-1), neo4j.int(0), neo4j.int('9223372036854775807'), neo4j.int(0)),
    ];
    for (const value of values) {
      const back = roundTrip(value);
      expect((back as object).constructor).toBe((value as object).constructor);
      expect(String(back)).toBe(String(value));
      expect(encodeValue(back)).toEqual(encodeValue(value));
    }
  });

  it('keeps 2D and 3D points in both reference systems', () => {
    for (const point of [
      new Point(7203, 1.5, -2.25),
      new Point(4326, 14.5058, 46.0569),
      new Point(9157, 1, 2, 3),
      new Point(4979, 14.5, 46.05, 295.5),
    ]) {
      const back = roundTrip(point) as Point;
      expect(back).toBeInstanceOf(Point);
      expect(encodeValue(back)).toEqual(encodeValue(point));
      expect([back.x, back.y, back.z]).toEqual([point.x, point.y, point.z]);
    }
  });

  it('keeps lists of each kind, and empty lists', () => {
    expect(roundTrip(['a', 'b'])).toEqual(['a', 'b']);
    expect(roundTrip([1.5, NaN])).toEqual([1.5, NaN]);
    expect((roundTrip([1n, 2n ** 62n]) as unknown[]).map(String)).toEqual(['1', String(2n ** 62n)]);
    expect(roundTrip([true, false])).toEqual([true, false]);
    expect(roundTrip([])).toEqual([]);
    const dates = roundTrip([new Neo4jDate(2020, 1, 1), new Neo4jDate(2021, 1, 1)]) as unknown[];
    expect(dates.map(String)).toEqual(['2020-01-01', '2021-01-01']);
  });

  it('refuses values it cannot carry and tags it does not know', () => {
    expect(() => encodeValue(null)).toThrow(UnsupportedValueError);
    expect(() => encodeValue({ a: 1 })).toThrow(UnsupportedValueError);
    expect(() => decodeValue({ $evil: 'MATCH (n) DETACH DELETE n' })).toThrow(BackupFormatError);
    expect(() => decodeValue({ $int: '1', $float: 'NaN' })).toThrow(BackupFormatError);
    expect(() => decodeValue(null)).toThrow(BackupFormatError);
    expect(() => decodeValue({ $datetime: { year: '2020' } })).toThrow(BackupFormatError);
  });
});
