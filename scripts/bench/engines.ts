import { compromise } from './engine-compromise';
import { sourcelight } from './engine-sourcelight';
import { winkNlp } from './engine-wink-nlp';

/** A named-entity mention as character offsets; `type` is PER, ORG, LOC or MISC, or ENT where the engine has no types. */
export interface EntitySpan {
  start: number;
  end: number;
  type: string;
}

export interface EngineOutput {
  sentences: number;
  entities: EntitySpan[];
}

/** One engine doing sentence split and named entities on plain text. */
export interface Engine {
  name: string;
  /** What the engine does for the time measured, in a few words. */
  work: string;
  typed: boolean;
  run(text: string): EngineOutput;
}

/** Each engine sits in a module of its own, so that a fresh process can load one alone (cold-start.ts). */
export const ENGINES: readonly Engine[] = [sourcelight, compromise, winkNlp];
