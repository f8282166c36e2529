export { describeKnown, gazetteerInfo, knownType, normalizeName, retypeKnown, startsKnownName, type GazetteerSource, type KnownEntity } from './gazetteer';
