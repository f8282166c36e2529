import type { Detector } from '../types';
import { accordingToDetector } from './according-to';
import { agentlessDetector } from './agentless';
import { blockQuoteDetector } from './block-quote';
import { colonListDetector } from './colon-list';
import { dashCreditDetector } from './dash-credit';
import { documentSourceDetector } from './document-source';
import { interviewAnswerDetector } from './interview-answer';
import { linkDetector } from './link';
import { opinionDetector } from './opinion';
import { quoteSpeakerDetector } from './quote-speaker';
import { reportedContinuationDetector } from './reported-continuation';
import { reportingVerbDetector } from './reporting-verb';
import { speakerLabelDetector } from './speaker-label';
import { speechOccasionDetector } from './speech-occasion';
import { stanceAdjectiveDetector } from './stance-adjective';
import { vagueSourceDetector } from './vague-source';

/** Every detector, in one list: frames read one sentence, quotes follow the discourse, opinion weighs the wording. */
export const DETECTORS: readonly Detector[] = [
  reportingVerbDetector,
  accordingToDetector,
  documentSourceDetector,
  agentlessDetector,
  speechOccasionDetector,
  stanceAdjectiveDetector,
  vagueSourceDetector,
  linkDetector,
  dashCreditDetector,
  quoteSpeakerDetector,
  blockQuoteDetector,
  colonListDetector,
  reportedContinuationDetector,
  speakerLabelDetector,
  interviewAnswerDetector,
  opinionDetector,
];
