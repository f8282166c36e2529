export { describeKnown, gazetteerInfo, normalizeName, retypeKnown, type GazetteerSource, type KnownEntity } from './gazetteer';
