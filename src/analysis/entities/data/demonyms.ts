/**
 * Nationality and group adjectives ("Chinese", "Israeli"): CoNLL tags them MISC,
 * but readers gain nothing from them as entities, so they are left out.
 */
export const DEMONYMS = new Set(
  `afghan african albanian algerian american americans andalusian angolan arab arabs arabian argentine argentinian armenian
  asian australian austrian azerbaijani azeri bahraini bangladeshi basque belarusian belgian bolivian bosnian brazilian
  british briton britons bulgarian burmese cambodian cameroonian canadian catalan chadian chechen chilean chinese colombian
  congolese croat croatian cuban cypriot czech danish dutch ecuadorean ecuadorian egyptian emirati english eritrean estonian
  ethiopian european europeans filipino finnish flemish french georgian german germans ghanaian greek guatemalan haitian
  hispanic honduran hungarian icelandic indian indians indonesian iranian iraqi irish israeli israelis italian ivorian
  jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kurd kurds kuwaiti kyrgyz laotian latin latvian lebanese
  liberian libyan lithuanian macedonian malaysian malian maltese mexican moldovan mongolian montenegrin moroccan mozambican
  namibian nepalese nigerian nigerien norwegian pakistani palestinian palestinians panamanian paraguayan persian peruvian
  polish portuguese qatari romanian russian russians rwandan saudi scottish senegalese serb serbian sicilian singaporean
  slovak slovenian somali south-african spanish sri-lankan sudanese swedish swiss syrian taiwanese tajik tanzanian thai
  tibetan tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh western eastern yemeni
  zambian zimbabwean muslim muslims christian christians jewish jews hindu buddhist catholic protestant sunni shia shiite
  māori maori aboriginal inuit sami roma romani uyghur uighur rohingya pashtun hazara yazidi druze berber bedouin zulu xhosa
  maasai yoruba igbo hausa tamil sikh kashmiri native-american hawaiian latino latina latinos soviet islamic
  new-yorker new-zealander californian texan floridian londoner parisian muscovite berliner european asian-american`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * How English makes a people's word from a place's name: the suffix, and the
 * endings it replaces ("Rome" → "Roman", "Athens" → "Athenian", "San Francisco"
 * → "San Franciscan", "Brooklyn" → "Brooklynite", "Vienna" → "Viennese").
 * "-er" ("Londoner") is left out: too many surnames end so.
 */
export const DEMONYM_SUFFIXES: readonly (readonly [suffix: string, replaced: readonly string[]])[] = [
  ['ian', ['', 's', 'a', 'e', 'ia', 'y']],
  ['an', ['', 'a', 'e', 'o', 'as']],
  ['ite', ['', 'e']],
  ['ese', ['', 'a', 'e', 'o']],
];
