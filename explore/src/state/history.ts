import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../graph/toGraphElements';

/** What a history step restores: the network as it was drawn, and where it was centred. */
export interface Snapshot {
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  focus: string;
  expanded: string[];
}

export type StepKind = 'start' | 'focus' | 'expand' | 'add' | 'graph';

/** One step of the breadcrumb: what the user did, and the network after it. */
export interface HistoryStep {
  kind: StepKind;
  /** The entity the step was about (focus, expanded or added node). */
  id?: string;
  /** Its display name, kept as it was when the step was taken. */
  name: string;
  /** Nodes on screen after the step. */
  count: number;
  snapshot: Snapshot;
}

export const MAX_STEPS = 20;

/**
 * Add a step. A new focus starts over (its first step is the new start); the
 * breadcrumb keeps the first step and the most recent ones, up to `max`.
 */
export function pushStep(steps: readonly HistoryStep[], step: HistoryStep, max = MAX_STEPS): HistoryStep[] {
  const next = [...steps, step];
  if (next.length <= max) return next;
  return [next[0]!, ...next.slice(next.length - (max - 1))];
}

/** Go back to step `index`: it becomes the last one (the later steps are dropped, as in a browser). */
export function backTo(steps: readonly HistoryStep[], index: number): HistoryStep[] {
  if (index < 0 || index >= steps.length) return [...steps];
  return steps.slice(0, index + 1);
}
