import { analyze } from '../../src/analysis';
import type { Engine } from './engines';

export const sourcelight: Engine = {
  name: 'sourcelight',
  work: 'sentences, typed entities, coreference, claim labels',
  typed: true,
  run(text) {
    const analysis = analyze(text);
    return {
      sentences: analysis.sentences.length,
      entities: analysis.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type }))),
    };
  },
};

