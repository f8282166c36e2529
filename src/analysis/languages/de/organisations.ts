/**
 * Organisations that German news names often, written as in text: parties, state bodies,
 * international bodies, agencies and media, companies, unions and associations, sports clubs.
 * Written for this project (MIT) from general knowledge, category by category; not taken from
 * any evaluation set. A name that is also a German common noun or a plain word ("Bild", "Welt",
 * "Zeit", "Stern", "Bahn", "Puma", "Union", "Bund", "Linken") is left out: German capitalises every
 * noun, so such a word in running text is more often the noun than the name. The names stage
 * (`listed-names.ts`) marks a listed organisation the tagger missed; the name model's training
 * (`scripts/convert-german-ner.ts --organisations`) swaps organisations for these in its mention replacement.
 */
export const GERMAN_ORGANISATIONS: readonly string[] = [
  // Parties and political movements (Germany, Austria, Switzerland, Europe, elsewhere).
  'CDU', 'CSU', 'SPD', 'FDP', 'AfD', 'BSW', 'NPD', 'ÖDP', 'DKP', 'MLPD', 'Piratenpartei', 'Die Linke', 'Linkspartei',
  'Grünen', 'Bündnis 90/Die Grünen', 'Freie Wähler', 'Freien Wähler', 'Werteunion', 'ÖVP', 'SPÖ', 'FPÖ', 'NEOS', 'KPÖ',
  'SVP', 'Labour', 'Tories', 'Likud', 'Fidesz', 'PiS', 'Lega', 'Podemos', 'Sinn Féin', 'Rassemblement National',
  'Front National', 'Hamas', 'Fatah', 'Hisbollah', 'Taliban', 'al-Qaida', 'Al-Qaida', 'al-Kaida', 'Al-Kaida', 'PKK',
  'ETA', 'IRA', 'ANC', 'Muslimbruderschaft', 'Huthi', 'Huthis', 'Wagner-Gruppe',
  // German federal and state bodies, courts, authorities, agencies.
  'Bundestag', 'Bundesrat', 'Bundesregierung', 'Bundesverfassungsgericht', 'Bundesgerichtshof', 'BGH', 'Bundesverwaltungsgericht',
  'Bundesfinanzhof', 'Bundessozialgericht', 'Bundesarbeitsgericht', 'Bundeswehr', 'Bundespolizei', 'Bundeskriminalamt', 'BKA',
  'Bundesnachrichtendienst', 'BND', 'Verfassungsschutz', 'Bundesamt für Verfassungsschutz', 'Bundesnetzagentur', 'Bundeskartellamt',
  'Bundesbank', 'Deutsche Bundesbank', 'Bundesagentur für Arbeit', 'Arbeitsagentur', 'Bafin', 'BaFin', 'BAMF',
  'Bundesamt für Migration und Flüchtlinge', 'Umweltbundesamt', 'Robert Koch-Institut', 'Robert-Koch-Institut', 'RKI',
  'Paul-Ehrlich-Institut', 'Statistisches Bundesamt', 'Destatis', 'Kraftfahrt-Bundesamt', 'KBA', 'Bundesrechnungshof',
  'Bundesamt für Sicherheit in der Informationstechnik', 'BSI', 'Auswärtiges Amt', 'Auswärtigen Amt', 'Auswärtigen Amts',
  'Bundeskanzleramt', 'Bundesministerium der Finanzen', 'Bundesfinanzministerium', 'Bundesinnenministerium', 'Bundesgesundheitsministerium',
  'Bundesverteidigungsministerium', 'Bundeswirtschaftsministerium', 'Bundesjustizministerium', 'Bundesumweltministerium',
  'Bundesverkehrsministerium', 'Bundesarbeitsministerium', 'Bundesbildungsministerium', 'Bundesfamilienministerium',
  'Bundeslandwirtschaftsministerium', 'Bundesanwaltschaft', 'Generalbundesanwalt', 'Deutscher Wetterdienst', 'DWD',
  'Physikalisch-Technische Bundesanstalt', 'PTB', 'Stiftung Warentest', 'Max-Planck-Gesellschaft', 'Fraunhofer-Gesellschaft',
  'Helmholtz-Gemeinschaft', 'Deutsche Forschungsgemeinschaft', 'DFG', 'Goethe-Institut', 'Nationalrat', 'Bundesheer',
  // European and international bodies.
  'EU', 'Europäische Union', 'Europäischen Union', 'Europäische Kommission', 'Europäischen Kommission', 'Europaparlament',
  'Europäisches Parlament', 'Europäischen Parlament', 'Europäischen Parlaments', 'Europäische Zentralbank', 'Europäischen Zentralbank',
  'EZB', 'Europäischer Gerichtshof', 'Europäischen Gerichtshof', 'EuGH', 'Europarat', 'Vereinte Nationen', 'Vereinten Nationen',
  'UN', 'UNO', 'Uno', 'Sicherheitsrat', 'Nato', 'NATO', 'WHO', 'Weltgesundheitsorganisation', 'IWF', 'Internationaler Währungsfonds',
  'Internationalen Währungsfonds', 'Weltbank', 'OECD', 'Opec', 'OPEC', 'WTO', 'Welthandelsorganisation', 'OSZE', 'Unesco', 'UNESCO',
  'Unicef', 'UNICEF', 'UNHCR', 'Interpol', 'Europol', 'Frontex', 'IAEA', 'Internationaler Strafgerichtshof', 'Internationalen Strafgerichtshof',
  'Amnesty International', 'Greenpeace', 'Human Rights Watch', 'Reporter ohne Grenzen', 'Ärzte ohne Grenzen', 'Transparency International',
  'Rotes Kreuz', 'Roten Kreuz', 'Roten Kreuzes', 'Deutsches Rotes Kreuz', 'Deutschen Roten Kreuz', 'DRK', 'Caritas', 'Diakonie',
  'IOC', 'Fifa', 'FIFA', 'Uefa', 'UEFA', 'DFB', 'DFL', 'DOSB', 'ADAC', 'FBI', 'CIA', 'NSA', 'Nasa', 'NASA', 'Esa', 'ESA',
  // Unions, employers and other associations.
  'DGB', 'IG Metall', 'IG BCE', 'GEW', 'GDL', 'EVG', 'Marburger Bund', 'BDI', 'DIHK', 'BDA', 'ZDH', 'Bitkom', 'VDA',
  'Mieterbund', 'Deutscher Städtetag', 'Städtetag', 'NABU', 'BUND', 'WWF', 'Deutsche Umwelthilfe', 'Foodwatch', 'Verbraucherzentrale',
  'Verbraucherzentrale Bundesverband', 'Kassenärztliche Bundesvereinigung', 'Bundesärztekammer', 'Deutscher Bauernverband',
  // News agencies, broadcasters, newspapers, magazines, websites.
  'dpa', 'AFP', 'Reuters', 'AP', 'epd', 'KNA', 'APA', 'SDA', 'Keystone-SDA', 'ARD', 'ZDF', 'ORF', 'SRF', 'WDR', 'NDR', 'SWR', 'MDR', 'RBB',
  'rbb', 'Deutschlandfunk', 'Deutschlandradio', 'Deutsche Welle', 'RTL', 'Sat.1', 'ProSieben', 'n-tv', 'ntv', 'Spiegel', 'SPIEGEL',
  'Der Spiegel', 'Spiegel Online', 'SPIEGEL ONLINE', 'Zeit Online', 'ZEIT ONLINE', 'FAZ', 'F.A.Z.', 'Frankfurter Allgemeine Zeitung',
  'Frankfurter Allgemeine', 'Frankfurter Rundschau', 'Süddeutsche Zeitung', 'Süddeutschen Zeitung', 'Süddeutsche', 'taz', 'Welt am Sonntag',
  'Bild-Zeitung', 'Bild am Sonntag', 'Handelsblatt', 'Tagesspiegel', 'Berliner Zeitung', 'Berliner Morgenpost', 'Neue Zürcher Zeitung',
  'Neuen Zürcher Zeitung', 'NZZ', 'Tages-Anzeiger', 'Der Standard', 'Kronen Zeitung', 'Financial Times', 'Wall Street Journal',
  'New York Times', 'Washington Post', 'Guardian', 'BBC', 'CNN', 'Fox News', 'Bloomberg', 'Al Jazeera', 'Al-Dschasira', 'heise online',
  'Wirtschaftswoche', 'Manager Magazin', 'Rheinische Post', 'Stuttgarter Zeitung', 'Kölner Stadt-Anzeiger', 'Hamburger Abendblatt',
  'Münchner Merkur', 'Redaktionsnetzwerk Deutschland', 'RND', 't-online', 'Tagesschau', 'Tagesthemen', 'Wikipedia', 'Wikileaks', 'WikiLeaks',
  // Companies.
  'Siemens', 'BMW', 'Daimler', 'Mercedes-Benz', 'Volkswagen', 'VW', 'Audi', 'Porsche', 'Opel', 'BASF', 'Bayer', 'SAP', 'Allianz',
  'Munich Re', 'Deutsche Bank', 'Deutschen Bank', 'Commerzbank', 'Lufthansa', 'Deutsche Telekom', 'Deutschen Telekom', 'Telekom',
  'Deutsche Post', 'Deutschen Post', 'DHL', 'Deutsche Bahn', 'Deutschen Bahn', 'Adidas', 'Rheinmetall', 'Infineon', 'RWE',
  'Eon', 'E.ON', 'EnBW', 'Vattenfall', 'Uniper', 'Airbus', 'Boeing', 'Bosch', 'Continental', 'Thyssenkrupp', 'ThyssenKrupp',
  'Zalando', 'Aldi', 'Lidl', 'Edeka', 'Rewe', 'Bertelsmann', 'Axel Springer', 'ProSiebenSat.1', 'Beiersdorf', 'Merck', 'Fresenius',
  'Vonovia', 'Hapag-Lloyd', 'TUI', 'Deutsche Börse', 'Covestro', 'Evonik', 'Hochtief', 'Wirecard', 'Flixbus', 'FlixBus',
  'Flixtrain', 'Hensoldt', 'Diehl', 'Krauss-Maffei Wegmann', 'KNDS', 'Google', 'Alphabet', 'Apple', 'Microsoft', 'Amazon', 'Facebook',
  'Twitter', 'Tesla', 'Netflix', 'IBM', 'Intel', 'Nvidia', 'Samsung', 'Sony', 'Nokia', 'Huawei', 'Toyota', 'Nintendo', 'Fujitsu',
  'Ikea', 'IKEA', 'Nestlé', 'Novartis', 'Roche', 'UBS', 'Credit Suisse', 'Swisscom', 'Gazprom', 'Rosneft', 'Shell', 'ExxonMobil',
  'Renault', 'Peugeot', 'Fiat', 'Stellantis', 'Volvo', 'Ryanair', 'Easyjet', 'Uber', 'Spotify', 'OpenAI', 'Goldman Sachs',
  'JPMorgan', 'BlackRock', 'Pfizer', 'Biontech', 'BioNTech', 'Moderna', 'Astrazeneca', 'AstraZeneca', 'Red Bull', 'Miele',
  'Tchibo', 'Rossmann', 'Media Markt', 'Mediamarkt', 'Karstadt', 'Galeria', 'Deutsche Wohnen',
  // Sports clubs.
  'FC Bayern', 'FC Bayern München', 'Bayern München', 'Borussia Dortmund', 'BVB', 'Borussia Mönchengladbach', 'Schalke 04',
  'FC Schalke 04', 'Werder Bremen', 'Hamburger SV', 'HSV', 'Hertha BSC', 'VfB Stuttgart', 'VfL Wolfsburg', 'VfL Bochum',
  'Eintracht Frankfurt', 'Bayer Leverkusen', 'RB Leipzig', 'FC Köln', 'Union Berlin', 'SC Freiburg', 'TSG Hoffenheim',
  'Mainz 05', 'FC Augsburg', 'FC Nürnberg', 'Hannover 96', 'Fortuna Düsseldorf', 'Arminia Bielefeld', 'FC St. Pauli',
  'Dynamo Dresden', 'Real Madrid', 'FC Barcelona', 'Manchester United', 'Manchester City', 'FC Chelsea', 'FC Liverpool',
  'Juventus Turin', 'AC Mailand', 'Inter Mailand', 'Ajax Amsterdam', 'Paris Saint-Germain', 'Rapid Wien', 'Austria Wien',
  'Red Bull Salzburg', 'FC Basel', 'FC Zürich', 'Young Boys', 'THW Kiel', 'Alba Berlin', 'Eisbären Berlin',
];

/**
 * Words German sports clubs put before their town ("VfL Bochum", "Borussia Dortmund", "1. FC Köln",
 * "Inter Mailand"); GermEval's training part writes 42 of 44 such pairs as one organisation.
 */
export const GERMAN_CLUB_PREFIXES: readonly string[] = [
  'FC', 'SC', 'SV', 'TSV', 'VfL', 'VfB', 'VfR', 'SpVgg', 'TuS', 'FSV', 'TSG', 'SSV', 'SG', 'BV', 'MSV', 'KSV', 'SSC', 'FK', 'AS', 'AC',
  'Borussia', 'Eintracht', 'Fortuna', 'Hertha', 'Werder', 'Dynamo', 'Alemannia', 'Arminia', 'Kickers', 'Hansa', 'Energie', 'Union',
  'Rot-Weiss', 'Rot-Weiß', 'Blau-Weiß', 'Schwarz-Weiß', 'Preußen', 'Rapid', 'Austria', 'Inter', 'Real', 'Atlético', 'Olympique',
];
