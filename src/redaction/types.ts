/** PII vocabulary shared by the redaction files (kept apart from index.ts so imports do not cycle). */

export type PiiKind = 'bank_card' | 'cn_id' | 'phone' | 'cvv' | 'spoken_digits';

/** UTF-16 indices into the text, end exclusive. */
export interface PiiSpan {
  kind: PiiKind;
  start: number;
  end: number;
}

export interface AudioRange {
  segmentIndex: number;
  kind: PiiKind;
  startMs: number;
  endMs: number;
}

export interface FindPiiOptions {
  /** Card-security-code context was said just before this text (e.g. in the previous segment). */
  cvvContext?: boolean;
}
