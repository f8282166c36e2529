import type { EntityInfo } from '../shared/messages';
import type { Analysis, Entity, Sentence } from '../shared/schema';
import { keyWords, type KeyWord } from '../analysis/key-words';
import { t } from './i18n';
import { CUE_WORDS, ENTITY_WORDS, KEY_WORD_WORDS, LABEL_WORDS, NON_CLAIM_WORDS } from './words';

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
      ? t('noteHeadingSelection')
      : sentence?.label
        ? LABEL_WORDS[sentence.label].name
        : t('noteHeadingNotAClaim');
  return (
    <div class="card" role="dialog" aria-label={t('noteLabel', heading)} tabIndex={-1} data-note={target.kind}>
      <button class="close" type="button" aria-label={t('noteClose')} onClick={onClose}>
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
          {entity.context} <span class="muted">{t('noteAsDescribed')}</span>
        </p>
      ) : (
        <p class="muted">{t('noteNoContext')}</p>
      )}
      {info?.known && (
        <p class="known" title={t('noteGazetteerSource', info.known.source)}>
          <span class="muted">{t('noteFromGazetteer')} </span>
          {info.known.description}
        </p>
      )}
      {info?.summary && (
        <div class="wiki">
          <p class="summary">{clip(info.summary.extract, 320)}</p>
          <p class="muted">
            {t('noteFromWikipedia')}{' '}
            <a href={info.summary.url} target="_blank" rel="noopener noreferrer" style={{ color: 'inherit' }}>
              {info.summary.title}
            </a>
          </p>
        </div>
      )}
      <p class="facts">
        {t(mentions === 1 ? 'noteMentionedOnce' : 'noteMentionedTimes', mentions)}
        {cited > 0 && ` · ${t(cited === 1 ? 'noteSourceOfOne' : 'noteSourceOfMany', cited)}`}
      </p>
      {cited > 0 && (
        <ul class="cues" aria-label={t('noteClaimsAttributed', entity.name)}>
          {sourced.slice(0, 3).map((s) => (
            <li key={s.start}>{quoted(clip(unquoted(s.text), 90))}</li>
          ))}
          {cited > 3 && <li class="muted">{t('noteAndMore', cited - 3)}</li>}
        </ul>
      )}
    </section>
  );
}

function ClaimNote({ analysis, sentence }: { analysis: Analysis; sentence: Sentence }) {
  if (!sentence.label) {
    return <p class="muted">{sentence.nonClaim ? t('noteNotAClaimKind', NON_CLAIM_WORDS[sentence.nonClaim]) : t('noteNotAClaim')}</p>;
  }
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
          <span class="muted">{t('noteSource')} </span>
          <strong>{sourceEntity?.name ?? source.text}</strong>
          {sourceEntity?.context && <span>, {sourceEntity.context}</span>}
        </p>
      )}
      {sentence.subjective && (sentence.label === 'sourced' || sentence.label === 'vague') && (
        <p class="muted">{t('noteSourceOpinion')}</p>
      )}
      {(key.length > 0 || quote) && (
        <ul class="cues" aria-label={checkable ? t('noteWhatToCheck') : t('noteWhyLabel')}>
          {quote && (
            <li>
              <span class="muted">{CUE_WORDS[quote.kind]}:</span> {quoted(clip(unquoted(analysis.text.slice(quote.start, quote.end))))}
            </li>
          )}
          {key.map((word) => (
            <li key={`${word.kind}-${word.start}`}>
              <span class="muted">{KEY_WORD_WORDS[word.kind]}:</span> {quoted(clip(unquoted(word.text)))}
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
    <blockquote class="quote" aria-label={t('noteSentence')}>
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
        <h2>{t('noteSelectedText')}</h2>
      </header>
      {claims.length === 0 ? (
        <p class="muted">{t('noteNoClaimsSelected')}</p>
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

/** Page text in the quotation marks of the interface's language. */
function quoted(text: string): string {
  return `${t('quoteOpen')}${text}${t('quoteClose')}`;
}

/** Quoted text already carries its marks; the note adds its own. */
function unquoted(text: string): string {
  return text.replace(/^["“‘'«\s]+|["”’'»\s]+$/gu, '');
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
