import type { AttendanceStatus, BodyKind, ResolutionKind, SessionKind } from '../../../src/import/parsedMinutes.js';
import type {
  EventKind,
  InvolvementRole,
  TwinningKind,
  TwinningStatus,
} from '../../../src/import/recognise/relationsFound.js';

export interface ExpectedVote {
  readonly present: number;
  readonly for: number;
  readonly against: number;
  readonly abstained: number;
  readonly unanimous: boolean;
  readonly outcome: 'ADOPTED' | 'REJECTED';
}

/**
 * What a reader finds in one fixture minutes document, written by hand from
 * its text (never by running the importer): the `.expected.json` beside it.
 */
export interface ExpectedMinutes {
  /** Where the text is when it is not the `.txt` beside the JSON (the seed document). */
  readonly text?: string;
  readonly session: {
    readonly number?: number;
    readonly kind?: SessionKind;
    readonly date: string;
    readonly startTime?: string;
    readonly endTime?: string;
    readonly mode?: 'ONLINE' | 'IN_PERSON' | 'HYBRID';
    readonly platform?: string;
  };
  readonly body: { readonly name: string; readonly kind: BodyKind };
  readonly municipality?: string;
  /** Attendance stated only as a count. */
  readonly attendanceCount?: number;
  /** `role` only where the list writes one next to the name. */
  /** `role` only where the list writes one next to the name. */
  readonly attendees: readonly { readonly name: string; readonly status: AttendanceStatus; readonly role?: string }[];
  readonly chair?: string;
  readonly preparedBy?: string;
  readonly signedBy: readonly string[];
  /** Titles in order, numbered from 1. */
  readonly agenda: readonly string[];
  readonly agendaVote?: ExpectedVote;
  readonly resolutions: readonly {
    readonly label?: string;
    readonly item?: number;
    readonly kind: ResolutionKind;
    readonly text: string;
    readonly vote?: ExpectedVote;
  }[];
  readonly twinnings: readonly {
    readonly partner: string;
    readonly home: string;
    readonly kind: TwinningKind;
    readonly steps: readonly TwinningStatus[];
    readonly actors?: readonly { readonly role: InvolvementRole; readonly name: string }[];
  }[];
  readonly events?: readonly { readonly kind: EventKind; readonly status: string; readonly date?: string }[];
}
