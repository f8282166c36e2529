/**
 * Capitalised words and labels that are not names, though a tagger trained on
 * 1990s news takes them for one: technical abbreviations, page furniture,
 * party adjectives ("Republican senators", shown no more than "American"),
 * a transcript's stage directions ("(Laughter.)") and greetings and interjections
 * set apart ("Thanks!!", "Nope", "Well, let us know"; not "OK", "HI" or "OH", which are also states).
 * Lower case, whole mentions.
 */
export const NOT_NAMES = new Set(
  `cpu|gpu|ram|rom|usb|hdmi|os|pc|pcs|vr|ar|hdr|ir|led|lcd|oled|ssd|hdd|tv|pdf|faq|q&a|am|pm|et|pt|gmt|utc|pii|url|api|
  app|apps|wi-fi|wifi|lte|5g|4g|4k|8k|ghz|mhz|gb|tb|mb|fps|ui|ux|seo|diy|rsvp|asap|etc|ps|nb|
  jpeg|jpg|png|gif|svg|tiff|webp|heic|docx|ppt|pptx|xls|xlsx|csv|mp3|mp4|
  ai|a.i.|agi|genai|nlp|llm|llms|ml|iot|iiot|vpn|vpns|nft|nfts|saas|paas|iaas|crm|erp|sdk|sdks|ide|cms|ocr|rpa|ssl|tls|
  html|css|sql|nosql|json|xml|rss|dns|nfc|rfid|evs|ota|b2b|b2c|p2p|
  dna|rna|mri|gdp|g.d.p.|ceo|cfo|cto|coo|ipo|atm|atms|gps|sms|dvd|dvds|vhs|cd|cds|fyi|vp|svp|evp|rfp|lng|lpg|adhd|ptsd|dui|dwi|hiv|ddr3|ddr4|ddr5|gddr5|gddr6|gddr6x|lpddr5|
  terms of service|terms of use|privacy policy|cookie policy|
  read more|view graphic|view more|see more|show more|learn more|load more|sign up|log in|sign in|subscribe|
  advertisement|sponsored|share|tweet|comments|related|more|menu|home|search|photo|photos|video|videos|credit|
  getty|image|images|opinion|analysis|newsletter|updated|live|
  republican|democrat|democratic|
  laughter|applause|crosstalk|inaudible|
  thanks|thank you|please|welcome|sorry|hello|hey|greetings|cheers|congratulations|congrats|kudos|bravo|well|ah|
  yes|yeah|yep|nope|no|okay|sure|wow|oops|lol|lmao|omg`
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean),
);

/** A member's title after a party ("the Labour MP", "a Conservative MEP"): the two describe a person, and name no one. */
export const MEMBER_TITLES = new Set('mp|mps|mep|meps|msp|msps|mla|mlas'.split('|'));

/** Degrees and credentials written after a name. */
export const DEGREES = new Set('md|m.d.|phd|ph.d.|ph.d|mba|jd|j.d.|rn|np|dds|dmd|mph|msc|bsc|ma|ba|do|pa|lcsw|cpa|esq|frcp'.split('|'));

/** Common nouns of legislation that a capital letter does not make a person or a place ("the Bill"). */
export const LEGISLATION_WORDS = new Set('bill|act|amendment|motion|resolution|ordinance|statute|treaty|directive'.split('|'));

/** Era abbreviations after a year or a century ("512 BC", "the 6th century AD"); "BC" elsewhere may be British Columbia. */
export const ERAS = new Set('bc|b.c.|bce|b.c.e.|ad|a.d.|ce|c.e.'.split('|'));

/**
 * Nouns of institutions that a capital letter after "the" does not make a name
 * ("the Government wants", "the Bank has shown", "The Army performed"): which
 * one is meant the article says elsewhere, in a name of its own.
 */
export const GENERIC_INSTITUTIONS = new Set('government|cabinet|bank|army|navy|university|college|school|commission|company|firm|ministry|agency'.split('|'));

/**
 * Days and months: "Saturday Dec." is a date, not a person, though a tagger trained on Reuters' datelines
 * reads a capitalised pair as a name. Several months are also first names ("May", "June"), and abbreviations
 * are also words and surnames ("Sun", "Jan").
 */
export const WEEKDAYS = new Set('monday|tuesday|wednesday|thursday|friday|saturday|sunday'.split('|'));
export const MONTHS = new Set('january|february|march|april|may|june|july|august|september|october|november|december'.split('|'));
export const DATE_ABBREVIATIONS = new Set('mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec'.split('|'));

/** Tails of a modifier made from a place's name ("Los Angeles-area", "New York-based", "Hong Kong-listed"). */
export const PLACE_MODIFIERS = new Set('area|based|born|bred|raised|listed|headquartered|registered|run|owned|led|backed|made'.split('|'));
