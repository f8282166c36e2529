import type { EntityType } from '../../../shared/schema';

/**
 * The last word of a multi-word name that says its type ("ZongMu Technology",
 * "Anhui Province", "973 Project"): news names this way far more often than
 * 1990s Reuters did, so the tagger alone misses many.
 */
export const NAME_HEAD_TYPES = new Map<string, EntityType>([
  ...words('ORG', `technology technologies research capital group inc. inc corp. corp co. ltd. ltd plc llc llp holdings fund
    ventures partners laboratory laboratories labs university college institute academy party ministry department agency
    council commission committee authority association federation foundation society corporation company airlines
    airways motors industries police army navy center centre hospital museum office srl spa gmbh ag bv nv sarl
    school court service bureau board assembly parliament club studios network observatory
    organization organisation institution church brotherhood brands alliance coalition movement corps guard force forces bank
    times post journal herald tribune gazette chronicle telegraph magazine publishing publishers`),
  ...words('LOC', `province city county state river island islands mountain mountains street avenue region district valley
    lake sea ocean bay beach harbour harbor peninsula desert prefecture square boulevard plaza
    airport stadium arena park bridge highway canal strait coast heights hills falls forest glacier
    oblast krai okrug voivodeship governorate isles delta archipelago plateau canyon reef gorge lagoon volcano steppe`),
  ...words('MISC', `day festival award awards prize cup championship act program programme project initiative summit code
    show exposition expo fair conference olympics marathon tournament war treaty accord agreement protocol doctrine amendment
    age ages period era revolution gala week derby universiade olympiad`),
]);

/**
 * A street's last word ("Dresden Drive", "Peachtree Road"): kept out of the head words above because a company's
 * product shares it ("Google Drive"), so it says place only after a name nobody knows as a company.
 */
export const STREET_HEADS = new Set(['drive', 'road', 'lane']);

/**
 * The first word of a name that says its type, when the rest names what it is
 * of or where ("Museum of Neon Art", "Boulevard Montmartre", "Lake Tahoe").
 * Only read when the last word says nothing.
 */
export const NAME_LEAD_TYPES = new Map<string, EntityType>([
  ...words('ORG', `museum university college institute academy ministry department bank school`),
  ...words('LOC', `boulevard avenue rue lake mount cape gulf isle`),
  ...words('MISC', `treaty battle siege war convention revolution reign`),
]);

/** A state's word before "of" and a place: the whole is the place ("Kingdom of France", "Principality of Nitra", "Republic of Ireland"). */
export const STATE_LEADS = new Set('kingdom principality duchy republic emirate sultanate caliphate khanate tsardom empire'.split(' '));

/** Words of a period before a language's name ("Old English", "Medieval Spanish", "Golden Age Spanish", "Ancient Greek"): the whole is MISC. */
export const LANGUAGE_PERIODS = new Set(
  'old middle early modern medieval classical ancient archaic biblical standard vulgar late golden age'.split(' '),
);

function words(type: EntityType, list: string): [string, EntityType][] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [word, type]);
}
