import type { EntityInfo } from '../shared/messages';
import type { Analysis, Entity, Sentence } from '../shared/schema';
import { keyWords, type KeyWord } from '../analysis/key-words';
import { CUE_WORDS, ENTITY_WORDS, KEY_WORD_WORDS, LABEL_WORDS } from './words';

export type NoteTarget = { kind: 'sentence'; index: number } | { kind: 'entity'; id: string } | { kind: 'selection' };

export function targetKey(target: NoteTarget): string {
  if (target.kind === 'entity') return `entity:${target.id}`;
  return target.kind === 'sentence' ? `sentence:${target.index}` : 'selection';
}

interface NoteCardProps {
  analysis: Analysis;
  target: NoteTarget;
  onClose: () => void;
  /** Context from beyond the article, by entity id: the offline gazetteer, and Wikipedia when the reader turned lookups on. */
  info?: Record<string, EntityInfo> | undefined;
}

/** The note for one mark. Page text is only ever rendered as text nodes. */
export function NoteCard({ analysis, target, onClose, info }: NoteCardProps) {
  const entity = target.kind === 'entity' ? analysis.entities.find((e) => e.id === target.id) : undefined;
  const sentence = target.kind === 'sentence' ? analysis.sentences[target.index] : undefined;
  const heading = entity
    ? entity.name
    : target.kind === 'selection'
      ? 'selected text'
      : sentence?.label
        ? LABEL_WORDS[sentence.label].name
        : 'Not a claim';
  return (
    <div class="card" role="dialog" aria-label={`Sourcelight note: ${heading}`} tabIndex={-1} data-note={target.kind}>
      <button class="close" type="button" aria-label="Close note" onClick={onClose}>
        ×
      </button>
      {entity && <EntityNote analysis={analysis} entity={entity} info={info?.[entity.id]} />}
      {sentence && <ClaimNote analysis={analysis} sentence={sentence} />}
      {target.kind === 'selection' && <SelectionNote analysis={analysis} />}
    </div>
  );
}

function EntityNote({ analysis, entity, info }: { analysis: Analysis; entity: Entity; info?: EntityInfo | undefined }) {
  const sourced = analysis.sentences.filter((s) => s.label && s.source?.entityId === entity.id);
  const cited = sourced.length;
  const mentions = entity.mentions.length;
  return (
    <section>
      <header>
        <span class={`pill type-${entity.type}`}>{ENTITY_WORDS[entity.type]}</span>
        <h2>{entity.name}</h2>
      </header>
      {entity.context ? (
        <p class="context">
          {entity.context} <span class="muted">(as described in this article)</span>
        </p>
      ) : (
        <p class="muted">The article does not say who or what this is.</p>
      )}
      {info?.known && (
        <p class="known" title={`Source: ${info.known.source}`}>
          <span class="muted">From Sourcelight’s offline gazetteer: </span>
          {info.known.description}
        </p>
      )}
      {info?.summary && (
        <div class="wiki">
          <p class="summary">{clip(info.summary.extract, 320)}</p>
          <p class="muted">
            From Wikipedia:{' '}
            <a href={info.summary.url} target="_blank" rel="noopener noreferrer" style={{ color: 'inherit' }}>
              {info.summary.title}
            </a>
          </p>
        </div>
      )}
      <p class="facts">
        Mentioned {mentions} {mentions === 1 ? 'time' : 'times'}
        {cited > 0 && ` · source of ${cited} ${cited === 1 ? 'claim' : 'claims'}`}
      </p>
      {cited > 0 && (
        <ul class="cues" aria-label={`Claims attributed to ${entity.name}`}>
          {sourced.slice(0, 3).map((s) => (
            <li key={s.start}>“{clip(unquoted(s.text), 90)}”</li>
          ))}
          {cited > 3 && <li class="muted">and {cited - 3} more</li>}
        </ul>
      )}
    </section>
  );
}

function ClaimNote({ analysis, sentence }: { analysis: Analysis; sentence: Sentence }) {
  if (!sentence.label) return <p class="muted">This line is not a claim{sentence.nonClaim ? ` (${sentence.nonClaim})` : ''}.</p>;
  const words = LABEL_WORDS[sentence.label];
  const source = sentence.source;
  const sourceEntity = source?.entityId ? analysis.entities.find((e) => e.id === source.entityId) : undefined;
  const key = keyWords(analysis, sentence);
  const quote = sentence.cues.find((c) => c.kind === 'quote' || c.kind === 'quote-continuation');
  const checkable = sentence.label === 'unsourced';
  return (
    <section>
      <header>
        <span class={`pill label-${sentence.label}`}>{words.name}</span>
      </header>
      <p>{words.meaning}</p>
      <SentenceQuote analysis={analysis} sentence={sentence} words={key} />
      {source && (
        <p class="source">
          <span class="muted">Source: </span>
          <strong>{sourceEntity?.name ?? source.text}</strong>
          {sourceEntity?.context && <span>, {sourceEntity.context}</span>}
        </p>
      )}
      {sentence.subjective && (sentence.label === 'sourced' || sentence.label === 'vague') && (
        <p class="muted">The source offers an opinion here.</p>
      )}
      {(key.length > 0 || quote) && (
        <ul class="cues" aria-label={checkable ? 'What you can check' : 'Why this label'}>
          {quote && (
            <li>
              <span class="muted">{CUE_WORDS[quote.kind]}:</span> “{clip(unquoted(analysis.text.slice(quote.start, quote.end)))}”
            </li>
          )}
          {key.map((word) => (
            <li key={`${word.kind}-${word.start}`}>
              <span class="muted">{KEY_WORD_WORDS[word.kind]}:</span> “{clip(unquoted(word.text))}”
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Longest excerpt of a sentence a note quotes whole; longer ones are cut around their key words. */
const QUOTE_MAX = 220;

/** The sentence the note explains, quoted (it may be hidden under the pointer), with its key words in bold. */
function SentenceQuote({ analysis, sentence, words }: { analysis: Analysis; sentence: Sentence; words: KeyWord[] }) {
  let from = sentence.start;
  let to = sentence.end;
  if (to - from > QUOTE_MAX) {
    const first = words[0]?.start ?? from;
    from = Math.max(sentence.start, Math.min(first - 60, sentence.end - QUOTE_MAX));
    to = Math.min(sentence.end, from + QUOTE_MAX);
  }
  const parts: Array<{ text: string; strong: boolean }> = [];
  let at = from;
  for (const word of words) {
    if (word.end <= at || word.start >= to) continue;
    if (word.start > at) parts.push({ text: analysis.text.slice(at, word.start), strong: false });
    parts.push({ text: analysis.text.slice(Math.max(at, word.start), Math.min(to, word.end)), strong: true });
    at = Math.min(to, word.end);
  }
  if (at < to) parts.push({ text: analysis.text.slice(at, to), strong: false });
  return (
    <blockquote class="quote" aria-label="The sentence">
      {from > sentence.start && '…'}
      {parts.map((part, i) => (part.strong ? <strong key={i}>{part.text}</strong> : part.text))}
      {to < sentence.end && '…'}
    </blockquote>
  );
}

function SelectionNote({ analysis }: { analysis: Analysis }) {
  const claims = analysis.sentences.filter((s) => s.label);
  return (
    <section>
      <header>
        <h2>Selected text</h2>
      </header>
      {claims.length === 0 ? (
        <p class="muted">No claims found in the selection.</p>
      ) : (
        <ul class="cues">
          {claims.map((s) => (
            <li key={s.start}>
              <span class={`pill label-${s.label}`}>{LABEL_WORDS[s.label!].name}</span>{' '}
              {s.source && <span class="muted">({s.source.text}) </span>}
              {clip(s.text, 90)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Quoted text already carries its marks; the note adds its own. */
function unquoted(text: string): string {
  return text.replace(/^["“‘'«\s]+|["”’'»\s]+$/gu, '');
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
