export { describeKnown, gazetteerInfo, knownType, normalizeName, retypeKnown, type GazetteerSource, type KnownEntity } from './gazetteer';
