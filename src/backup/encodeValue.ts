import neo4j, {
  Date as Neo4jDate,
  DateTime,
  Duration,
  Integer,
  LocalDateTime,
  LocalTime,
  Point,
  Time,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';

/**
 * How a Neo4j property value is written in a backup file, so that it reads
 * back as exactly the same value and type in any Neo4j 5:
 * - a string, a boolean: as itself;
 * - a float: a JSON number; NaN, ±Infinity and -0 (which JSON cannot hold) as `{"$float": "NaN"}`;
 * - an integer: `{"$int": "12345678901234567890"}` (a string: JSON numbers are floats, exact only to 2^53);
 * - bytes: `{"$bytes": "<base64>"}`;
 * - temporal values and points: `{"$date"|"$time"|"$localtime"|"$datetime"|"$localdatetime"|"$duration"|"$point": {fields}}`,
 *   each field an integer string (or a number for a point's coordinates);
 * - a list (properties hold homogeneous lists): a JSON array of the encoded items.
 * Properties are never maps, so an object in the file is always one of these tags.
 */
export type EncodedValue =
  | string
  | boolean
  | number
  | EncodedValue[]
  | { $float: 'NaN' | 'Infinity' | '-Infinity' | '-0' }
  | { $int: string }
  | { $bytes: string }
  | { $date: { year: string; month: string; day: string } }
  | { $time: { hour: string; minute: string; second: string; nanosecond: string; offset: string } }
  | { $localtime: { hour: string; minute: string; second: string; nanosecond: string } }
  | {
      $datetime: {
        year: string;
        month: string;
        day: string;
        hour: string;
        minute: string;
        second: string;
        nanosecond: string;
        offset?: string;
        zone?: string;
      };
    }
  | {
      $localdatetime: {
        year: string;
        month: string;
        day: string;
        hour: string;
        minute: string;
        second: string;
        nanosecond: string;
      };
    }
  | { $duration: { months: string; days: string; seconds: string; nanoseconds: string } }
  | { $point: { srid: string; x: number | EncodedFloat; y: number | EncodedFloat; z?: number | EncodedFloat } };

type EncodedFloat = { $float: 'NaN' | 'Infinity' | '-Infinity' | '-0' };

/** A value this format cannot carry (e.g. a vector, which Neo4j 5 does not store); names the path. */
export class UnsupportedValueError extends Error {
  override name = 'UnsupportedValueError';
}

/** The decimal digits of an integer that the driver may give as a number, a bigint or an Integer. */
function intString(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return BigInt(value).toString();
  if (isInt(value)) return (value as Integer).toString();
  throw new UnsupportedValueError(`expected an integer field, got ${typeof value}`);
}

/** The integer fields of each temporal kind, in the order the file writes them. */
const DATE = ['year', 'month', 'day'] as const;
const TIME = ['hour', 'minute', 'second', 'nanosecond'] as const;
const DATE_TIME = [...DATE, ...TIME] as const;
const DURATION = ['months', 'days', 'seconds', 'nanoseconds'] as const;

/** Those fields of a driver value, each as decimal digits. */
function intFields<K extends string>(value: object, keys: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) out[key] = intString((value as Record<string, unknown>)[key]);
  return out;
}

function encodeFloat(value: number): number | EncodedFloat {
  if (Number.isNaN(value)) return { $float: 'NaN' };
  if (value === Infinity) return { $float: 'Infinity' };
  if (value === -Infinity) return { $float: '-Infinity' };
  if (Object.is(value, -0)) return { $float: '-0' };
  return value;
}

/** A property value as read by the driver (lossless integers: bigint or Integer) → its portable form. */
export function encodeValue(value: unknown): EncodedValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return encodeFloat(value);
  if (typeof value === 'bigint') return { $int: value.toString() };
  if (isInt(value)) return { $int: (value as Integer).toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value instanceof Int8Array || value instanceof Uint8Array) {
    return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  }
  if (isDate(value)) {
    const v = value as Neo4jDate;
    return { $date: intFields(v, DATE) };
  }
  if (isLocalTime(value)) {
    const v = value as LocalTime;
    return { $localtime: intFields(v, TIME) };
  }
  if (isTime(value)) {
    const v = value as Time;
    return { $time: { ...intFields(v, TIME), offset: intString(v.timeZoneOffsetSeconds) } };
  }
  if (isLocalDateTime(value)) {
    const v = value as LocalDateTime;
    return { $localdatetime: intFields(v, DATE_TIME) };
  }
  if (isDateTime(value)) {
    const v = value as DateTime;
    return {
      $datetime: {
        ...intFields(v, DATE_TIME),
        // A zoned datetime keeps its zone (and the offset the driver computed, for reading back);
        // an offset datetime keeps only its offset.
        ...(v.timeZoneOffsetSeconds !== undefined && v.timeZoneOffsetSeconds !== null
          ? { offset: intString(v.timeZoneOffsetSeconds) }
          : {}),
        ...(v.timeZoneId ? { zone: v.timeZoneId } : {}),
      },
    };
  }
  if (isDuration(value)) {
    const v = value as Duration;
    return { $duration: intFields(v, DURATION) };
  }
  if (isPoint(value)) {
    const v = value as Point;
    return {
      $point: {
        srid: intString(v.srid),
        x: encodeFloat(v.x),
        y: encodeFloat(v.y),
        ...(v.z !== undefined ? { z: encodeFloat(v.z) } : {}),
      },
    };
  }
  const kind =
    value === null ? 'null' : typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
  throw new UnsupportedValueError(`a property value of type ${kind} cannot be backed up`);
}

/** Encodes every property of a node or relationship. */
export function encodeProperties(props: Record<string, unknown>): Record<string, EncodedValue> {
  const out: Record<string, EncodedValue> = {};
  for (const [key, value] of Object.entries(props)) {
    try {
      out[key] = encodeValue(value);
    } catch (error) {
      if (error instanceof UnsupportedValueError) throw new UnsupportedValueError(`${key}: ${error.message}`);
      throw error;
    }
  }
  return out;
}

/** A malformed value in a backup file. */
export class BackupFormatError extends Error {
  override name = 'BackupFormatError';
}

const INTEGER = /^-?\d{1,19}$/;

function int(value: unknown, what: string): Integer {
  if (typeof value !== 'string' || !INTEGER.test(value)) throw new BackupFormatError(`${what}: not an integer string`);
  const big = BigInt(value);
  if (big > 9223372036854775807n || big < -9223372036854775808n) {
    throw new BackupFormatError(`${what}: outside the 64-bit range`);
  }
  return neo4j.int(value);
}

function float(value: unknown, what: string): number {
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && '$float' in value) {
    switch ((value as { $float: unknown }).$float) {
      case 'NaN':
        return NaN;
      case 'Infinity':
        return Infinity;
      case '-Infinity':
        return -Infinity;
      case '-0':
        return -0;
    }
  }
  throw new BackupFormatError(`${what}: not a float`);
}

function fields(value: unknown, tag: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BackupFormatError(`${tag}: expected an object of fields`);
  }
  return value as Record<string, unknown>;
}

/**
 * A value from a backup file → what the driver sends as the same Neo4j value
 * (integers as Integer, floats as numbers, temporal and spatial values as the
 * driver's types). Throws a BackupFormatError on anything it does not know.
 */
export function decodeValue(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value === null || typeof value !== 'object') throw new BackupFormatError(`unexpected value ${String(value)}`);
  const keys = Object.keys(value);
  if (keys.length !== 1) throw new BackupFormatError(`unexpected object with keys ${keys.join(', ')}`);
  const tag = keys[0]!;
  const body = (value as Record<string, unknown>)[tag];
  switch (tag) {
    case '$float':
      return float(value, tag);
    case '$int':
      return int(body, tag);
    case '$bytes':
      if (typeof body !== 'string') throw new BackupFormatError('$bytes: not a base64 string');
      return new Int8Array(Buffer.from(body, 'base64'));
    case '$date': {
      const f = fields(body, tag);
      return new Neo4jDate(int(f['year'], 'year'), int(f['month'], 'month'), int(f['day'], 'day'));
    }
    case '$localtime': {
      const f = fields(body, tag);
      return new LocalTime(
        int(f['hour'], 'hour'),
        int(f['minute'], 'minute'),
        int(f['second'], 'second'),
        int(f['nanosecond'], 'nanosecond'),
      );
    }
    case '$time': {
      const f = fields(body, tag);
      return new Time(
        int(f['hour'], 'hour'),
        int(f['minute'], 'minute'),
        int(f['second'], 'second'),
        int(f['nanosecond'], 'nanosecond'),
        int(f['offset'], 'offset'),
      );
    }
    case '$localdatetime': {
      const f = fields(body, tag);
      return new LocalDateTime(
        int(f['year'], 'year'),
        int(f['month'], 'month'),
        int(f['day'], 'day'),
        int(f['hour'], 'hour'),
        int(f['minute'], 'minute'),
        int(f['second'], 'second'),
        int(f['nanosecond'], 'nanosecond'),
      );
    }
    case '$datetime': {
      const f = fields(body, tag);
      const zone = f['zone'];
      if (zone !== undefined && typeof zone !== 'string') throw new BackupFormatError('$datetime: zone not a string');
      if (zone === undefined && f['offset'] === undefined) throw new BackupFormatError('$datetime: no offset or zone');
      return new DateTime(
        int(f['year'], 'year'),
        int(f['month'], 'month'),
        int(f['day'], 'day'),
        int(f['hour'], 'hour'),
        int(f['minute'], 'minute'),
        int(f['second'], 'second'),
        int(f['nanosecond'], 'nanosecond'),
        f['offset'] === undefined ? undefined : int(f['offset'], 'offset'),
        zone,
      );
    }
    case '$duration': {
      const f = fields(body, tag);
      return new Duration(
        int(f['months'], 'months'),
        int(f['days'], 'days'),
        int(f['seconds'], 'seconds'),
        int(f['nanoseconds'], 'nanoseconds'),
      );
    }
    case '$point': {
      const f = fields(body, tag);
      return new Point(
        int(f['srid'], 'srid'),
        float(f['x'], 'x'),
        float(f['y'], 'y'),
        f['z'] === undefined ? undefined : float(f['z'], 'z'),
      );
    }
    default:
      throw new BackupFormatError(`unknown value tag ${tag}`);
  }
}

/** Decodes every property of a node or relationship from a backup file. */
export function decodeProperties(props: unknown): Record<string, unknown> {
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    throw new BackupFormatError('props: expected an object');
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    try {
      out[key] = decodeValue(value);
    } catch (error) {
      if (error instanceof BackupFormatError) throw new BackupFormatError(`${key}: ${error.message}`);
      throw error;
    }
  }
  return out;
}
