// newsrail bench — the widget's pipeline written plainly in JavaScript, to measure what the
// WebAssembly core buys (or costs) against it. Not used by the widget; bench/browser/compare.mjs
// runs it beside the core in the same page and checks that both give the same lists.
//
//   parseFeed(bytes | text) -> feed     JSON.parse plus the model the rankings need
//   buildIndex(feed)        -> index    terms, TF-IDF vectors, postings, labels, views, lookups
//   mostRead(index, request), readNext(index, request), ticker(index, request)
//                           -> { items, notes } shaped like the core's JSON answers
//
// It follows shared/src (feed_index.cpp, tokenize.cpp, stop_words.cpp, most_read.cpp,
// read_next.cpp, ticker.cpp) rule by rule, with these differences, all deliberate:
//  - parse: no diagnostics, no UTF-8 repair, no size limits, no string length limits, no
//    content_html -> text (tags are stripped with a regex), URLs only checked to be http(s) or
//    relative, dates through Date.parse (more lenient than the core's RFC 3339 reader), titles'
//    whitespace collapsed with \s+ (the core: ASCII whitespace only); word counts split on
//    whitespace, '-' and '/';
//  - normalisation: toLowerCase + NFKD + dropping combining marks, Arabic tashkeel, tatweel and
//    zero-width/bidi controls, a handful of Latin letters folded by hand (ß æ œ ø ł đ ð þ ı),
//    the core's Arabic letter unification, Arabic-Indic digits to ASCII, then anything that is
//    not \p{L} or \p{N} separates words. The core uses its own tables (normalize.cpp); the two
//    agree on English, Spanish and Arabic text but not on every character of every script
//    (Greek final sigma, Cyrillic ё, spacing modifier letters, a few symbols);
//  - a token's length is counted in UTF-16 units (the core: code points), which differs only
//    outside the Basic Multilingual Plane;
//  - stop words and light stemming: the core's lists and rules, copied as they are, with its
//    token cache keyed by the primary language;
//  - Read Next: no reading history (no affinity, nothing read) and no page-title matching for an
//    article the feed lacks; the requests the benchmark sends use neither;
//  - numbers: weights are rounded to float32 (Math.fround) where the core stores floats, so the
//    scores agree with the core's to the last printed digit.
'use strict';


// ---- Text ---------------------------------------------------------------------------------------

const FOLD = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h' };
const FOLD_RE = /[ßæœøłđðþıħ]/g;
// Combining marks, Arabic tashkeel / Quranic marks / tatweel, soft hyphen, zero-width and bidi
// controls, BOM: removed (the text around them joins).
const DROP_RE = /[\u0300-\u036f\u0610-\u061a\u061c\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]/g;
const ARABIC_UNIFY = { '\u0622': 'ا', '\u0623': 'ا', '\u0625': 'ا', '\u0671': 'ا', '\u0672': 'ا', '\u0673': 'ا',
  '\u0626': 'ي', '\u0649': 'ي', '\u06cc': 'ي', '\u0629': 'ه', '\u06c0': 'ه', '\u0624': 'و', '\u06a9': 'ك' };
const ARABIC_UNIFY_RE = /[\u0622\u0623\u0625\u0671-\u0673\u0626\u0649\u06cc\u0629\u06c0\u0624\u06a9]/g;
const DIGITS_RE = /[\u0660-\u0669\u06f0-\u06f9]/g;
const ASCII_RE = /^[\x00-\x7f]*$/;
const ASCII_SPLIT = /[^a-z0-9]+/;
const UNICODE_SPLIT = /[^\p{L}\p{N}]+/u;

// The tokens of `text` folded for matching (normalize_for_match, then split on its spaces).
export function tokens(text, max = Infinity) {
  let s = text.toLowerCase();
  let split = ASCII_SPLIT;
  if (!ASCII_RE.test(s)) {
    s = s.normalize('NFKD').replace(DROP_RE, '').replace(FOLD_RE, (c) => FOLD[c])
      .replace(ARABIC_UNIFY_RE, (c) => ARABIC_UNIFY[c])
      .replace(DIGITS_RE, (c) => String((c.charCodeAt(0) & 0xf) % 10));
    split = UNICODE_SPLIT;
  }
  const out = max === Infinity ? s.split(split) : s.split(split, max + 1);
  if (out.length && out[0] === '') out.shift();
  if (out.length && out[out.length - 1] === '') out.pop();
  if (out.length > max) out.length = max;
  return out;
}
export const normalizeForMatch = (text) => tokens(text).join(' ');

const HAS_ARABIC = /[\u0600-\u06ff\u0740-\u077f\ufb40-\ufeff]/;
const hasArabic = (t) => HAS_ARABIC.test(t);

// "en", "es", "ar" or "" for a BCP 47 tag (primary_language in stop_words.cpp).
export function primaryLanguage(tag) {
  const p = (tag || '').split(/[-_]/)[0].toLowerCase();
  return p === 'en' || p === 'es' || p === 'ar' ? p : '';
}
// The lower-cased primary subtag, any language (primary_subtag in feed_index.cpp).
const primarySubtag = (tag) => (tag || '').split(/[-_]/)[0].toLowerCase();

const STOP_ENGLISH = new Set("a about above according across after afternoon afternoons afterwards again against ago ain all almost along already also although am amid among an and another any anyone anything april are aren around as at august be because been before being below beside besides between beyond billion billions both but by can cannot centuries century could couldn day days decade decades december did didn do does doesn doing don done down dozen dozens during each earlier eight eighteen eighth eighty either eleven else enough etc even evening evenings ever every february few fifteen fifth fifty first five for forty four fourteen fourth friday fridays from further had hadn half has hasn have haven having he her here hers herself him himself his hour hours how however hundred hundreds i if in into is isn it its itself january july june just last later least less like ll many me meanwhile might million millions minute minutes monday mondays month months more moreover morning mornings most mostly mr mrs ms much must my myself neither night nights nine nineteen ninety ninth no nor not november now october of off often on once one only onto or other others otherwise our ours ourselves out over own per perhaps quite rather re said same saturday saturdays say says second seconds september seven seventeen seventh seventy she should shouldn since six sixteen sixth sixty so some such sunday sundays ten tens tenth than that the their theirs them themselves then there thereby therefore these they third thirteen thirty this those though thousand thousands three through throughout thursday thursdays thus to today told tomorrow tonight too toward towards trillion trillions tuesday tuesdays twelve twenty two under unless until up upon very via was wasn we wednesday wednesdays week weekend weekends weeks were weren what whatever when whenever where whereas wherever whether which while whom whose why will with within without would wouldn year years yesterday yet you your yours yourself yourselves zero".split(" "));
const STOP_SPANISH = new Set("a abril acerca actualmente adelante ademas afirmo agosto agrego ahi ahora al algo alguien algun alguna algunas alguno algunos alli ambas ambos ano anoche anos ante anteayer anterior antes aquel aquella aquellas aquello aquellos aqui aseguro asi aun aunque ayer bajo bien billon billones cada casi catorce centenar centenares cero cien ciento cientos cierta ciertas cierto ciertos cinco cincuenta como con conmigo contigo contra cual cuales cualquier cuando cuanta cuantas cuanto cuantos cuarenta cuatro cuatrocientas cuatrocientos cuya cuyas cuyo cuyos de debe deben debido decada decadas decena decenas del demas dentro desde despues detras dia dias dice dicen dicho diciembre diecinueve dieciocho dieciseis diecisiete diez dijo doce docena docenas domingo domingos donde dos doscientas doscientos durante e el ella ellas ello ellos en encima enero entonces entre era eran eres es esa esas ese eso esos esta estaba estaban estamos estan estar estas este esto estos estoy estuvo explico febrero fue fueron fui ha haber habia habian habra habria hace hacen hacer hacia han has hasta hay haya he hemos hizo hora horas hoy hubo incluso indico jueves julio junio la las le les lo los luego lunes madrugada manana mananas martes marzo mas mayo me mediante menos mes meses mi mientras miercoles mil miles millon millones minuto minutos mis misma mismas mismo mismos mitad mucha muchas mucho muchos muy nada nadie ni ningun ninguna ninguno no noche noches nos nosotras nosotros novecientas novecientos noventa noviembre nuestra nuestras nuestro nuestros nueve nunca o ochenta ocho ochocientas ochocientos octubre once os otra otras otro otros para pero poco pocos podria por porque primer primera primeras primero primeros pudo puede pueden pues que quien quienes quince quinientas quinientos sabado sabados se sea sean segun segunda segundas segundo segundos seis seiscientas seiscientos semana semanas senalo septiembre ser sera seran seria sesenta setecientas setecientos setenta setiembre si sido siempre siendo siete siglo siglos sin sino sobre sola solamente solo son su sus suya suyas suyo suyos tal tambien tampoco tan tanto tarde tardes te tendra tener tenia tercer tercera tercero tiene tienen toda todas todavia todo todos tras trece treinta tres trescientas trescientos tu tus u un una unas uno unos usted ustedes varias varios veinte veinticinco veinticuatro veintidos veintinueve veintiocho veintiseis veintisiete veintitres veintiun veintiuna veintiuno viernes vosotras vosotros vuestra vuestras vuestro vuestros y ya yo".split(" "));
const STOP_ARABIC = new Set("ابريل اثن اثنان اثنتان اثنتين احد اخر اخري اذ اذا اذار اذن اربع اربعاء اسابيع اسبوع اشار اشهر اضاف اضافت اعوام اغسطس اكتوبر اكد اكدت الا الاف الان التي الجمعه الدقيقه الذي الذين الف اللاتي اللتان اللتين اللذان اللذين اللواتي الي اليه اليها اليوم ام اما امس ان انا انت انتم انتما انتن انه انها انهم او اوضح اول اولي اوليك اي ايار ايام ايضا ايلول اين ايه بان بعد بعض بل بما به بها بهم بين بينما تسع تشرين تقول تكون تلك تم تموز ثالث ثاني ثلاث ثلاثاء ثم ثمان ثماني ثوان جدا جمعه حتي حزيران حسب حول حيث خامس خلال خمس خميس دقايق دقيقه دون ديسمبر ذات ذلك رابع ساع سبت سبتمبر سبع ست سته ستون ستين سنتين سنه سنو سنين سوف سوي شباط شهر شهرا شهور صباح صباحا ضد عام عاما عبر عده عشر علي عليه عليها عليهم عما عن عند عندما عنه عنها غدا غير فبراير فقد فقط في فيما فيه فيها فيهم قال قالت قبل قد كان كانت كانوا كانون كذلك كل كلا كما كيف لا لان لدي لذلك لقد لكن لكنه لم لما لماذا لن له لها لهم لو لولا ليس ليست ليل ما ماذا مارس ماي مايه مايو متي مثل مساء مع معه معها ملاي ملايين مليار مليون مما ممن من منذ منه منها منهم ميات ميه نحن نحو نصف نوفمبر نيسان هذا هذه هل هم هما هن هنا هناك هو هولاء هي واحد واشار واضاف واضافت واكد واكدت والتي والذي والذين والي وان واوضح وبعد وبين وتم وذلك وعلي وعن وفق وفقا وفي وقال وقالت وقبل وقد وكان وكانت ولا ولكن ولم وما ومع ومن وهذا وهذه وهم وهو وهي يتم يقول يكن يكون يناير يوليو يوم يوما يونيو".split(" "));
const STOPS = { en: STOP_ENGLISH, es: STOP_SPANISH, ar: STOP_ARABIC };

const ENGLISH_KEEP = new Set(('afterwards aids alias always arkansas athens atlas bahamas barbados besides canvas ' +
  'caracas chaos christmas douglas hamas honduras kansas lens lucas mars mercedes news nicholas perhaps series ' +
  'sometimes species texas thomas towards vegas wales whereas').split(' '));
const SPANISH_KEEP = new Set(('ademas antes apenas atlas atras caracas despues dios entonces honduras jamas jueves ' +
  'lejos lunes martes menos mientras miercoles pues quizas seis tras tres viernes').split(' '));
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const ARABIC_SUFFIXES = ['ات', 'ون', 'ين', 'ها', 'ه'];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function stemEnglish(t) {
  if (t.length < 4 || t[t.length - 1] !== 's') return t;
  if (t.endsWith('ss') || t.endsWith('us') || t.endsWith('is') || ENGLISH_KEEP.has(t)) return t;
  if (t.endsWith('ies')) return t.length === 4 ? t.slice(0, 3) : `${t.slice(0, -3)}y`;
  if (t.endsWith('sses') || t.endsWith('xes') || t.endsWith('ches') || t.endsWith('shes') || t.endsWith('zzes'))
    return t.slice(0, -2);
  return t.slice(0, -1);
}

function stemSpanish(t) {
  const n = t.length;
  if (n < 4 || t[n - 1] !== 's') return t;
  if (t.endsWith('is') || t.endsWith('us') || SPANISH_KEEP.has(t)) return t;
  if (t.endsWith('ces')) return `${t.slice(0, -3)}z`;
  if (t.endsWith('es')) {
    const p = t[n - 3], q = t[n - 4];
    const consonantPlural = (VOWELS.has(q) && (p === 'l' || p === 'r' || p === 'n' || p === 'd' || p === 'y')) ||
      (p === 's' && (q === 'e' || q === 'i' || q === 'u'));
    return t.slice(0, n - (consonantPlural ? 2 : 1));
  }
  if (VOWELS.has(t[n - 2])) return t.slice(0, -1);
  return t;
}

function stemArabic(t) {
  for (const p of ARABIC_PREFIXES)
    if (t.startsWith(p) && t.length - p.length >= 3) { t = t.slice(p.length); break; }
  for (const s of ARABIC_SUFFIXES)
    if (t.endsWith(s) && t.length - s.length >= 3) { t = t.slice(0, -s.length); break; }
  return t;
}

const stem = (t, primary) => hasArabic(t) ? stemArabic(t) : primary === 'es' ? stemSpanish(t) : stemEnglish(t);

// The term of one token, or null when it is dropped (term_for_token in tokenize.cpp).
// A bare number of 1 to 3 digits, or with an English ordinal suffix (is_small_number).
const SMALL_NUMBER = /^[0-9]{1,3}(st|nd|rd|th)?$/;

export function termForToken(token, primary) {
  if (token.length < 2) return null;
  if (SMALL_NUMBER.test(token)) return null;
  if (primary && STOPS[primary].has(token)) return null;
  const arabic = hasArabic(token);
  if (primary !== 'ar' && arabic && STOP_ARABIC.has(token)) return null;
  const term = stem(token, primary);
  if (arabic && term.length !== token.length && STOP_ARABIC.has(term)) return null;
  return term;
}

export function termsForMatching(text, language) {
  const primary = primaryLanguage(language);
  const out = [];
  for (const t of tokens(text)) {
    const term = termForToken(t, primary);
    if (term !== null) out.push(term);
  }
  return out;
}

// ---- Parse --------------------------------------------------------------------------------------

const VERSIONS = new Set(['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1']);
const decoder = new TextDecoder();

const seconds = (s) => {
  if (typeof s !== 'string') return 0;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? NaN : Math.floor(ms / 1000);
};
const str = (v) => (typeof v === 'string' ? v : '');
const line = (v) => str(v).replace(/\s+/g, ' ').trim();
const safeUrl = (v) => {
  const u = str(v).trim();
  if (!u) return '';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u);
  if (!scheme) return u;  // relative
  return /^https?$/i.test(scheme[1]) && u.slice(scheme[0].length, scheme[0].length + 2) === '//' ? u : null;
};
const WINDOW_UNIT = { m: 60, h: 3600, d: 86400, w: 7 * 86400 };
const parseWindow = (key) => {
  const m = /^(\d{1,5})([mhdw])$/.exec(key);
  return m ? Number(m[1]) * WINDOW_UNIT[m[2]] : 0;
};
// Words: runs between whitespace, '-' and '/' holding a letter or a digit (count_words in
// reading_time.cpp, its ranges copied; UTF-16 surrogates count as letters).
const endsWord = (c) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 47
  : c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || (c >= 0x2010 && c <= 0x2015) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2212 || c === 0x3000);
function isLetterOrDigit(c) {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x02b9 && c <= 0x036f) return false;
  if ((c >= 0x0600 && c <= 0x060f) || (c >= 0x061b && c <= 0x061f) || (c >= 0x064b && c <= 0x065f) ||
      (c >= 0x066a && c <= 0x066d) || c === 0x06d4 || c === 0x0640) return false;
  if (c >= 0x2000 && c <= 0x2bff) return (c >= 0x2070 && c <= 0x2089) || (c >= 0x2460 && c <= 0x249b);
  return !((c >= 0x2e00 && c <= 0x2e7f) || (c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) ||
    (c >= 0xfe00 && c <= 0xfe6f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || c >= 0xfff0);
}
function countWords(text) {
  let words = 0, counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (endsWord(c)) counted = false;
    else if (!counted && isLetterOrDigit(c)) counted = true, words++;
  }
  return words;
}
const stringList = (v) => {
  if (!Array.isArray(v)) return [];
  const out = [];
  for (const s of v) {
    const t = line(s);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
};

// JSON.parse, then the model the rankings need. Throws on an unusable feed.
export function parseFeed(input) {
  const text = typeof input === 'string' ? input : decoder.decode(input);
  return buildModel(JSON.parse(text));
}

export function buildModel(root) {
  if (!root || typeof root !== 'object' || Array.isArray(root)) throw new Error('a feed must be an object');
  if (!VERSIONS.has(root.version)) throw new Error('missing or unknown version');
  if (!Array.isArray(root.items)) throw new Error('items must be an array');
  const feed = {
    title: line(root.title), language: line(root.language), generatedAt: 0, items: [], breaking: [],
  };
  const ext = root._newsrail && typeof root._newsrail === 'object' ? root._newsrail : {};
  feed.generatedAt = seconds(ext.generated_at) || 0;
  const seen = new Set();
  for (const item of root.items.slice(0, 20000)) {
    if (!item || typeof item !== 'object') continue;
    const id = Number.isInteger(item.id) ? String(item.id) : line(item.id);
    const title = line(item.title);
    const url = safeUrl(item.url);
    const published = seconds(item.date_published);
    const modified = seconds(item.date_modified);
    if (!id || !title || url === null || Number.isNaN(published) || Number.isNaN(modified) || seen.has(id)) continue;
    seen.add(id);
    const x = item._newsrail && typeof item._newsrail === 'object' ? item._newsrail : {};
    const summary = str(item.summary).trim();
    let body = str(item.content_text).trim();
    if (!body && item.content_html) body = str(item.content_html).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    const views = [];
    if (x.views && typeof x.views === 'object') {
      for (const [k, v] of Object.entries(x.views)) {
        const w = parseWindow(k);
        if (w > 0 && Number.isInteger(v) && v >= 0 && !views.some((e) => e.window === w)) views.push({ window: w, views: v });
      }
      views.sort((a, b) => a.window - b.window);
    }
    const terms = [];
    if (x.terms && typeof x.terms === 'object') {
      for (const [term, weight] of Object.entries(x.terms))
        if (term && typeof weight === 'number' && weight > 0 && weight < 1e6) terms.push({ term, weight: Math.fround(weight) });
    }
    const imageUrl = safeUrl(item.image);
    const minutes = Number.isInteger(x.reading_minutes) && x.reading_minutes >= 1 && x.reading_minutes <= 600
      ? x.reading_minutes : Math.max(1, Math.ceil((countWords(summary) + countWords(body)) / 200));
    feed.items.push({
      id, url, title, summary, text: body,
      section: line(x.section), region: line(x.region),
      tags: stringList(item.tags),
      language: line(item.language) || feed.language,
      published, modified: modified || published,
      image: imageUrl ? { url: imageUrl, alt: line(x.image_alt), credit: line(x.image_credit) } : null,
      readingMinutes: minutes, views, related: stringList(x.related), recommend: x.recommend !== false, terms,
    });
  }
  const bseen = new Set();
  for (const b of Array.isArray(ext.breaking) ? ext.breaking.slice(0, 500) : []) {
    if (!b || typeof b !== 'object') continue;
    const id = Number.isInteger(b.id) ? String(b.id) : line(b.id);
    const text = line(b.text);
    const url = safeUrl(b.url);
    const published = seconds(b.date_published) || feed.generatedAt;
    const expires = seconds(b.date_expires);
    if (!id || !text || url === null || Number.isNaN(published) || Number.isNaN(expires) || bseen.has(id)) continue;
    bseen.add(id);
    const priority = Number.isInteger(b.priority) && Math.abs(b.priority) <= 1000 ? b.priority : 0;
    feed.breaking.push({ id, text, url, published, expires, priority });
  }
  return feed;
}

// ---- Index --------------------------------------------------------------------------------------

const W_TITLE = 3, W_TAGS = 3, W_SUMMARY = 2, W_TEXT = 1, MAX_TEXT_TOKENS = 400;
const f32 = Math.fround;
const smoothIdf = (n, df) => f32(Math.log((n + 1) / (df + 0.5)));

// Host + path and path keys of a URL (url_keys in feed_index.cpp).
function urlKeys(url) {
  const hash = url.indexOf('#');
  if (hash >= 0) url = url.slice(0, hash);
  let host = '';
  const scheme = url.indexOf('://');
  const cut = (rest) => {
    const m = rest.search(/[/?]/);
    host = m < 0 ? rest : rest.slice(0, m);
    return m < 0 ? '/' : rest.slice(m);
  };
  if (scheme >= 0 && url.indexOf('/') > scheme) url = cut(url.slice(scheme + 3));
  else if (url.startsWith('//')) url = cut(url.slice(2));
  if (host.startsWith('www.')) host = host.slice(4);
  let path = url;
  if (!path.startsWith('/')) path = `/${path}`;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return { hostKey: host ? host.replace(/[A-Z]+/g, (c) => c.toLowerCase()) + path : '', pathKey: path };
}

function normaliseVector(terms, weights) {
  let sum = 0;
  for (let k = 0; k < weights.length; k++) sum += weights[k] * weights[k];
  if (!(sum > 0)) return false;
  const inv = f32(1 / Math.sqrt(sum));
  for (let k = 0; k < weights.length; k++) weights[k] = f32(weights[k] * inv);
  return true;
}

export function buildIndex(feed) {
  const items = feed.items;
  const n = items.length;
  const terms = [];
  const termIds = new Map();
  const labelIds = new Map();
  // The core caches a token's term per (primary language, token), as here.
  const memo = { en: new Map(), es: new Map(), ar: new Map(), '?': new Map() };
  const internTerm = (t) => {
    let id = termIds.get(t);
    if (id === undefined) termIds.set(t, id = terms.length), terms.push(t);
    return id;
  };
  const internLabel = (label) => {
    if (!label) return -1;
    const key = normalizeForMatch(label);
    if (!key) return -1;
    let id = labelIds.get(key);
    if (id === undefined) labelIds.set(key, id = labelIds.size);
    return id;
  };
  const indexed = new Array(n);
  const df = [];
  const tagDf = [];
  const languages = new Set();
  for (let i = 0; i < n; i++) {
    const a = items[i];
    const primary = primaryLanguage(a.language || feed.language);
    const cache = memo[primary || '?'];
    const counts = new Map();
    const titleTerms = [];
    const packed = !a.text && a.terms.length > 0;
    const addText = (text, weight, maxTokens, ids) => {
      if (!text) return;
      const toks = tokens(text, maxTokens);
      for (let k = 0; k < toks.length; k++) {
        let id = cache.get(toks[k]);
        if (id === undefined) {
          const term = termForToken(toks[k], primary);
          id = term === null ? -1 : internTerm(term);
          cache.set(toks[k], id);
        }
        if (id < 0) continue;
        if (weight > 0) counts.set(id, (counts.get(id) || 0) + weight);
        if (ids) ids.push(id);
      }
    };
    addText(a.title, packed ? 0 : W_TITLE, Infinity, titleTerms);
    const tags = [];
    for (const tag of a.tags) {
      if (!packed) addText(tag, W_TAGS, Infinity, null);
      const id = internLabel(tag);
      if (id >= 0) tags.push(id);
    }
    if (packed) {
      for (const t of a.terms) {
        const id = internTerm(t.term);
        counts.set(id, f32((counts.get(id) || 0) + t.weight));
      }
    } else {
      addText(a.summary, W_SUMMARY, Infinity, null);
      addText(a.text, W_TEXT, MAX_TEXT_TOKENS, null);
    }
    const section = internLabel(a.section);
    const region = internLabel(a.region);
    const language = primarySubtag(a.language || feed.language);
    if (language) languages.add(language);
    const uniqueSorted = (v) => [...new Set(v)].sort((x, y) => x - y);
    const ids = Uint32Array.from(counts.keys()).sort();
    const countValues = Array.from(ids, (t) => counts.get(t));
    for (const t of ids) df[t] = (df[t] || 0) + 1;
    const tagIds = uniqueSorted(tags);
    for (const t of tagIds) tagDf[t] = (tagDf[t] || 0) + 1;
    indexed[i] = {
      termIds: ids, counts: countValues, vecTerms: null, vecWeights: null,
      titleTerms: uniqueSorted(titleTerms), tags: tagIds, section, region, language,
    };
  }
  // IDF, the normalised vectors and the postings.
  const idf = new Float32Array(terms.length);
  for (let t = 0; t < terms.length; t++) idf[t] = smoothIdf(n, df[t] || 0);
  const postingArticles = terms.map((_, t) => new Uint32Array(df[t] || 0));
  const postingWeights = terms.map((_, t) => new Float32Array(df[t] || 0));
  const filled = new Uint32Array(terms.length);
  for (let i = 0; i < n; i++) {
    const x = indexed[i];
    const w = new Float32Array(x.termIds.length);
    for (let k = 0; k < w.length; k++) w[k] = f32(f32(Math.log1p(x.counts[k])) * idf[x.termIds[k]]);
    if (normaliseVector(x.termIds, w)) {
      x.vecTerms = x.termIds;
      x.vecWeights = w;
      for (let k = 0; k < w.length; k++) {
        const t = x.termIds[k];
        postingArticles[t][filled[t]] = i;
        postingWeights[t][filled[t]++] = w[k];
      }
    } else {
      x.vecTerms = new Uint32Array(0);
      x.vecWeights = new Float32Array(0);
    }
  }
  const tagIdf = new Float32Array(labelIds.size);
  const tagPostings = Array.from({ length: labelIds.size }, () => []);
  for (let l = 0; l < tagDf.length; l++) if (tagDf[l] > 0) tagIdf[l] = smoothIdf(n, tagDf[l]);
  for (let i = 0; i < n; i++) for (const t of indexed[i].tags) tagPostings[t].push(i);

  // Views: one column per window.
  const windowSet = new Set();
  for (const a of items) for (const v of a.views) windowSet.add(v.window);
  const windows = [...windowSet].sort((x, y) => x - y);
  const columns = windows.map(() => new Float64Array(n).fill(-1));
  const maxViews = windows.map(() => 0);
  items.forEach((a, i) => {
    for (const v of a.views) {
      const k = windows.indexOf(v.window);
      columns[k][i] = v.views;
      if (v.views > maxViews[k]) maxViews[k] = v.views;
    }
  });

  // Lookups by id and URL.
  const byId = new Map(), byUrl = new Map(), byPath = new Map();
  items.forEach((a, i) => {
    if (!byId.has(a.id)) byId.set(a.id, i);
    if (!a.url) return;
    const { hostKey, pathKey } = urlKeys(a.url);
    if (hostKey && !byUrl.has(hostKey)) byUrl.set(hostKey, i);
    if (!byPath.has(pathKey)) byPath.set(pathKey, i);
  });

  return {
    feed, items, indexed, terms, termIds, idf, postingArticles, postingWeights, labelIds, tagIdf, tagPostings,
    windows, columns, maxViews, languages, byId, byUrl, byPath,
  };
}

function find(index, idOrUrl) {
  if (!idOrUrl) return -1;
  const i = index.byId.get(idOrUrl);
  if (i !== undefined) return i;
  const { hostKey, pathKey } = urlKeys(idOrUrl);
  if (hostKey && index.byUrl.has(hostKey)) return index.byUrl.get(hostKey);
  if (pathKey.length > 1 && index.byPath.has(pathKey)) return index.byPath.get(pathKey);
  return -1;
}
const labelId = (index, label) => {
  if (!label) return -1;
  const id = index.labelIds.get(normalizeForMatch(label));
  return id === undefined ? -1 : id;
};
const viewsColumn = (index, w) => {
  const k = index.windows.indexOf(w);
  return k < 0 ? null : index.columns[k];
};
function nearestWindow(index, asked) {
  const ws = index.windows;
  if (!ws.length) return 0;
  if (asked <= 0) return ws[0];
  let best = ws[0], bestDistance = 1e300;
  for (const w of ws) {
    const d = Math.abs(Math.log(w / asked));
    if (d < bestDistance - 1e-12) bestDistance = d, best = w;
  }
  return best;
}

function cosine(at, aw, bt, bw) {
  let dot = 0, i = 0, j = 0;
  while (i < at.length && j < bt.length) {
    if (at[i] < bt[j]) i++;
    else if (bt[j] < at[i]) j++;
    else dot += aw[i++] * bw[j++];
  }
  return dot;
}
function jaccard(a, b) {
  if (!a.length && !b.length) return 0;
  let i = 0, j = 0, common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (b[j] < a[i]) j++;
    else common++, i++, j++;
  }
  return common / (a.length + b.length - common);
}

// ---- Output, as the core's JSON ------------------------------------------------------------------

// llround(score * 1e9): what orders candidates (ranked.h).
const scoreKey = (s) => {
  const x = s * 1e9;
  return x < 0 ? -Math.round(-x) : Math.round(x);
};
const round6 = (v) => {
  const x = v * 1e6;
  const r = (x < 0 ? -Math.round(-x) : Math.round(x)) / 1e6;
  return r === 0 ? 0 : r;
};
const rfc3339 = (s) => (s ? new Date(s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') : '');
const formatDuration = (s) => (s % 86400 === 0 ? `${s / 86400}d` : s % 3600 === 0 ? `${s / 3600}h` : s % 60 === 0 ? `${s / 60}m` : `${s}s`);

function articleJson(index, item, rank, viewsWindow) {
  const a = index.items[item.index];
  const j = {
    rank, id: item.id, score: round6(item.score), placement: item.placement,
    breakdown: Object.fromEntries(item.breakdown.map(([k, v]) => [k, round6(v)])),
  };
  if (item.collapsed.length) j.collapsed = item.collapsed;
  Object.assign(j, {
    title: a.title, url: a.url, section: a.section, region: a.region, language: a.language,
    published: rfc3339(a.published), reading_minutes: a.readingMinutes,
  });
  if (viewsWindow > 0) {
    const v = a.views.find((e) => e.window === viewsWindow);
    j.views = v ? v.views : 0;
  }
  if (a.image) j.image = { url: a.image.url, alt: a.image.alt, credit: a.image.credit };
  return j;
}

// ---- Most Read ----------------------------------------------------------------------------------

const FUTURE_TOLERANCE = 300;
export const MOST_READ_DEFAULTS = { halfLife: 0, maxAge: 0, trendingShort: 3600, trendingLong: 86400, trendingSmoothing: 5, duplicateTitleSimilarity: 0.75 };

export function mostRead(index, request = {}, options = MOST_READ_DEFAULTS) {
  const notes = [];
  const n = index.items.length;
  const window = typeof request.window === 'string' ? parseWindow(request.window) : request.window || 86400;
  const limit = request.limit ?? 5;
  const now = request.now || index.feed.generatedAt;
  const out = (items) => ({ module: 'most-read', now: rfc3339(now), items, notes });
  if (!n) return out([]);
  const dated = now !== 0;
  const halfLife = dated && options.halfLife > 0 ? options.halfLife : 0;
  const s = { mode: 'newest', views: null, short: null, long: null, share: 0, smoothing: options.trendingSmoothing };
  let usedWindow = 0;
  let byViews = !request.trending;
  if (request.trending) {
    const sw = nearestWindow(index, options.trendingShort), lw = nearestWindow(index, options.trendingLong);
    if (sw !== 0 && sw < lw) {
      s.mode = 'trending';
      s.share = sw / lw;
      s.short = viewsColumn(index, sw);
      s.long = viewsColumn(index, lw);
    } else if (sw !== 0) byViews = true;
  }
  if (byViews) {
    usedWindow = nearestWindow(index, window);
    if (usedWindow !== 0) {
      s.mode = 'views';
      s.views = viewsColumn(index, usedWindow);
      if (usedWindow !== window) notes.push(`the feed has no ${formatDuration(window)} views; using ${formatDuration(usedWindow)}`);
    }
  }
  if (s.mode === 'newest') notes.push('the feed has no view counts; newest first');
  const count = (col, i) => (col ? Math.max(0, col[i]) : 0);
  const base = (i) => s.mode === 'views' ? count(s.views, i)
    : s.mode === 'trending' ? (count(s.short, i) + s.smoothing) / (count(s.long, i) * s.share + s.smoothing) : 0;
  const decay = (a) => (a.published === 0 ? 0 : 2 ** (-Math.max(0, now - a.published) / halfLife));

  let section = -1;
  if (request.section) {
    section = labelId(index, request.section);
    if (section < 0) return notes.push(`no article is in section "${request.section}"`), out([]);
  }
  const excluded = new Set();
  for (const id of request.exclude || []) {
    const i = find(index, id);
    if (i >= 0) excluded.add(i);
  }
  let language = primarySubtag(request.language);
  if (language && !index.languages.has(language)) {
    notes.push(`no article is in language "${request.language}"; showing every language`);
    language = '';
  }
  const better = (x, y) => x.key !== y.key ? x.key > y.key
    : x.published !== y.published ? x.published > y.published : index.items[x.index].id < index.items[y.index].id;

  // The best k candidates, best first, kept in a small sorted array.
  const selectTop = (k) => {
    const top = [];
    let passed = 0;
    for (let i = 0; i < n; i++) {
      if (excluded.has(i)) continue;
      const x = index.indexed[i];
      if (section >= 0 && x.section !== section) continue;
      if (language && x.language !== language) continue;
      const a = index.items[i];
      let b = base(i);
      if (!Number.isFinite(b)) b = 0;
      if (top.length === k && b < top[k - 1].score) { passed++; continue; }
      if (dated && a.published > now + FUTURE_TOLERANCE) continue;
      if (dated && options.maxAge > 0 && (a.published === 0 || a.published < now - options.maxAge)) continue;
      passed++;
      const score = halfLife > 0 && b > 0 ? b * decay(a) : b;
      const c = { score, key: scoreKey(score), published: a.published, index: i };
      if (top.length === k && !better(c, top[k - 1])) continue;
      let at = top.length;
      while (at > 0 && better(c, top[at - 1])) at--;
      top.splice(at, 0, c);
      if (top.length > k) top.pop();
    }
    return { top, passed };
  };
  const breakdown = (i) => {
    const a = index.items[i];
    if (s.mode === 'newest') return [['views', 0]];
    const terms = [];
    let b;
    if (s.mode === 'views') b = count(s.views, i), terms.push(['views', b]);
    else { const v = count(s.short, i); b = base(i); terms.push(['views', v], ['trend', b - v]); }
    if (halfLife > 0) terms.push(['decay', b * decay(a) - b]);
    return terms;
  };
  let k = limit >= n ? n : Math.min(n, Math.max(limit * 4, limit + 16));
  let kept;
  for (;;) {
    const { top, passed } = selectTop(k);
    kept = [];
    for (const c of top) {
      if (kept.length === limit) break;
      const a = index.items[c.index];
      const title = index.indexed[c.index].titleTerms;
      const dup = kept.find((r) => {
        const j = jaccard(index.indexed[r.index].titleTerms, title);
        return (j > 0 && j >= options.duplicateTitleSimilarity) || (a.url && a.url === index.items[r.index].url);
      });
      if (dup) dup.collapsed.push(a.id);
      else kept.push({ index: c.index, id: a.id, score: c.score, placement: 'scored', breakdown: breakdown(c.index), collapsed: [] });
    }
    if (kept.length === limit || passed <= top.length) break;
    k = Math.min(n, k * 4);
  }
  return out(kept.map((item, r) => articleJson(index, item, r + 1, nearestWindow(index, window))));
}

// ---- Read Next ----------------------------------------------------------------------------------

export const READ_NEXT_DEFAULTS = {
  textWeight: 1.0, tagsWeight: 0.35, sectionWeight: 0.08, regionWeight: 0.05, freshnessWeight: 0.12,
  popularityWeight: 0.06, freshnessHalfLife: 2 * 86400, popularityWindow: 86400, maxAge: 30 * 86400,
  relevanceThreshold: 0.15, diversityLambda: 0.75, duplicateSimilarity: 0.9, queryTerms: 24,
};
const FEATURES = ['text', 'tags', 'section', 'region', 'freshness', 'popularity', 'affinity', 'read'];
const DUPLICATE_TITLE = 0.75;

export function readNext(index, request = {}, o = READ_NEXT_DEFAULTS) {
  const items = index.items, ix = index.indexed, n = items.length;
  const limit = request.limit ?? 4;
  let now = request.now || index.feed.generatedAt;
  if (!now) for (const a of items) now = Math.max(now, a.published);
  const notes = [];
  const result = (list) => ({ module: 'read-next', now: rfc3339(now), items: list.map((it, r) => articleJson(index, it, r + 1, 0)), notes });
  if (!limit || !n) return result([]);

  // The query: the current article's strongest terms, renormalised.
  const current = find(index, request.article || '');
  let qt = new Uint32Array(0), qw = new Float32Array(0), qTags = [], qSection = -1, qRegion = -1;
  if (current >= 0) {
    const x = ix[current];
    let pairs = Array.from(x.vecTerms, (t, k) => [t, x.vecWeights[k]]);
    const nq = Math.max(o.queryTerms, 1);
    if (pairs.length > nq) {
      pairs.sort((a, b) => (a[1] !== b[1] ? b[1] - a[1] : a[0] - b[0]));
      pairs = pairs.slice(0, nq);
      let sum = 0;
      for (const p of pairs) sum += p[1] * p[1];
      const inv = sum > 0 ? f32(1 / Math.sqrt(sum)) : 0;
      for (const p of pairs) p[1] = f32(p[1] * inv);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    qt = Uint32Array.from(pairs, (p) => p[0]);
    qw = Float32Array.from(pairs, (p) => p[1]);
    qTags = x.tags; qSection = x.section; qRegion = x.region;
  } else if (request.article) {
    notes.push(`the current article "${request.article}" is not in the feed`);
  }
  let tagsIdfSum = 0;
  for (const t of qTags) tagsIdfSum += index.tagIdf[t];

  let language = primarySubtag(request.language);
  if (language && !index.languages.has(language)) {
    notes.push(`no article is in language "${request.language}"; showing every language`);
    language = '';
  }
  const popWindow = nearestWindow(index, o.popularityWindow);
  const viewsCol = popWindow ? viewsColumn(index, popWindow) : null;
  const maxViews = popWindow ? index.maxViews[index.windows.indexOf(popWindow)] : 0;
  const logMaxViews = Math.log1p(Math.max(maxViews, 0));
  const views = (i) => (viewsCol ? Math.max(viewsCol[i], 0) : 0);

  const eligible = (i, checkAge) => {
    const a = items[i];
    if (i === current || !a.recommend) return false;
    if (language && ix[i].language !== language) return false;
    if (a.published > now + FUTURE_TOLERANCE) return false;
    if (checkAge && o.maxAge > 0 && a.published > 0 && now - a.published > o.maxAge) return false;
    return true;  // (no reading history: nothing is read)
  };
  const tagOverlap = (x) => {
    if (tagsIdfSum <= 0) return 0;
    let shared = 0, u = 0, v = 0;
    while (u < qTags.length && v < x.tags.length) {
      if (qTags[u] < x.tags[v]) u++;
      else if (x.tags[v] < qTags[u]) v++;
      else shared += index.tagIdf[qTags[u]], u++, v++;
    }
    return shared / tagsIdfSum;
  };
  const score = (i, text = -1, tags = -1) => {
    const a = items[i], x = ix[i];
    if (text < 0) text = qt.length ? cosine(qt, qw, x.vecTerms, x.vecWeights) : 0;
    if (tags < 0) tags = tagOverlap(x);
    let fresh = 0;
    if (a.published > 0 && o.freshnessHalfLife > 0) fresh = 2 ** (-Math.max(now - a.published, 0) / o.freshnessHalfLife);
    const terms = [
      o.textWeight * text, o.tagsWeight * tags,
      qSection >= 0 && qSection === x.section ? o.sectionWeight : 0,
      qRegion >= 0 && qRegion === x.region ? o.regionWeight : 0,
      o.freshnessWeight * fresh,
      logMaxViews > 0 ? o.popularityWeight * Math.log1p(views(i)) / logMaxViews : 0,
      0, 0,
    ];
    let sc = 0;
    for (const t of terms) sc += t;
    return { index: i, terms, score: sc, key: scoreKey(sc) };
  };
  const newer = (a, b) => {
    const x = items[a], y = items[b];
    if (x.published !== y.published) return x.published > y.published;
    return x.id < y.id;
  };
  const moreRead = (a, b) => {
    const va = views(a), vb = views(b);
    return va !== vb ? va > vb : newer(a, b);
  };

  // The list under construction.
  const picked = [];
  const chosen = new Uint8Array(n);
  const sameStory = (i, j, limitCos, maxSim) => {
    const sim = cosine(ix[i].vecTerms, ix[i].vecWeights, ix[j].vecTerms, ix[j].vecWeights);
    maxSim.value = Math.max(maxSim.value, sim);
    return sim >= limitCos || jaccard(ix[i].titleTerms, ix[j].titleTerms) >= DUPLICATE_TITLE;
  };
  const add = (s, placement, diversity = 0) => {
    const breakdown = FEATURES.map((f, k) => [f, s.terms[k]]);
    if (placement === 'scored') breakdown.push(['diversity', diversity]);
    let total = 0;
    for (const [, v] of breakdown) total += v;
    picked.push({ index: s.index, id: items[s.index].id, score: total, placement, breakdown, collapsed: [] });
    chosen[s.index] = 1;
  };

  // 1. Editor pins.
  if (current >= 0) {
    for (const id of items[current].related) {
      if (picked.length >= limit) break;
      const i = find(index, id);
      if (i < 0 || chosen[i] || !eligible(i, false)) continue;
      add(score(i), 'pinned');
    }
  }

  // 2. Related candidates over the threshold, then MMR.
  const text = new Float64Array(n), tags = new Float64Array(n);
  const touched = [];
  for (let k = 0; k < qt.length; k++) {
    const arts = index.postingArticles[qt[k]], ws = index.postingWeights[qt[k]];
    for (let p = 0; p < arts.length; p++) {
      const i = arts[p];
      if (text[i] === 0 && tags[i] === 0) touched.push(i);
      text[i] += qw[k] * ws[p];
    }
  }
  if (tagsIdfSum > 0) {
    for (const tag of qTags) {
      const share = index.tagIdf[tag] / tagsIdfSum;
      for (const i of index.tagPostings[tag]) {
        if (text[i] === 0 && tags[i] === 0) touched.push(i);
        tags[i] += share;
      }
    }
  }
  let related = [];
  for (const i of touched) {
    const relevance = o.textWeight * text[i] + o.tagsWeight * tags[i];
    if (relevance < o.relevanceThreshold || !eligible(i, true)) continue;
    related.push(score(i, text[i], tags[i]));
  }
  related.sort((a, b) => (a.key !== b.key ? b.key - a.key : newer(a.index, b.index) ? -1 : 1));
  related = related.slice(0, limit * 8 + 8);
  const pool = related.length;
  const out = new Uint8Array(pool);
  const maxSim = Array.from({ length: pool }, () => ({ value: 0 }));
  let seen = 0;
  const lambda = Math.min(Math.max(o.diversityLambda, 0.05), 1);
  while (picked.length < limit) {
    for (; seen < picked.length; seen++) {
      const c = picked[seen].index;
      for (let k = 0; k < pool; k++) {
        if (out[k]) continue;
        const i = related[k].index;
        if (i === c || sameStory(i, c, o.duplicateSimilarity, maxSim[k])) out[k] = 1;
      }
    }
    let bestMmr = -Infinity, best = pool, bestPenalty = 0;
    for (let k = 0; k < pool; k++) {
      if (out[k]) continue;
      const mmr = lambda * related[k].score - (1 - lambda) * maxSim[k].value;
      if (scoreKey(mmr) > scoreKey(bestMmr)) {
        bestMmr = mmr; best = k; bestPenalty = -(1 - lambda) / lambda * maxSim[k].value;
      }
    }
    if (best === pool) break;
    out[best] = 1;
    add(related[best], 'scored', bestPenalty);
  }

  // 3. Fill: most read in the section, then overall.
  const fill = (sameSection, placement, allowDuplicates, strict) => {
    if (picked.length >= limit) return;
    let list = [];
    for (let i = 0; i < n; i++) {
      if (chosen[i] || !eligible(i, strict)) continue;
      if (sameSection && (qSection < 0 || ix[i].section !== qSection)) continue;
      list.push(i);
    }
    list.sort((a, b) => (moreRead(a, b) ? -1 : 1));
    if (!allowDuplicates) list = list.slice(0, Math.min(list.length, (limit - picked.length) * 4 + 8));
    for (const i of list) {
      if (picked.length >= limit) break;
      if (!allowDuplicates && picked.some((r) => sameStory(i, r.index, o.duplicateSimilarity, { value: 0 }))) continue;
      add(score(i), placement);
    }
  };
  fill(true, 'fill-section', false, true);
  fill(false, 'fill-overall', false, true);
  fill(false, 'fill-overall', true, true);
  if (!picked.length) {
    fill(false, 'fill-overall', true, false);
    if (picked.length) notes.push('every other article is old or read already; showing them anyway');
  }
  return result(picked);
}

// ---- Breaking ticker ----------------------------------------------------------------------------

export const TICKER_DEFAULTS = { defaultLifetime: 6 * 3600, futureTolerance: 300, duplicateTextSimilarity: 0.75 };

export function ticker(index, request = {}, o = TICKER_DEFAULTS) {
  const feed = index.feed;
  const limit = request.limit ?? 10;
  const now = request.now || feed.generatedAt;
  const lines = feed.breaking;
  const active = [];
  lines.forEach((b, i) => {
    const expiry = b.expires || b.published + o.defaultLifetime;
    if (b.published <= now + o.futureTolerance && now < expiry) active.push(i);
  });
  active.sort((x, y) => {
    const a = lines[x], b = lines[y];
    if (a.priority !== b.priority) return b.priority - a.priority;
    if (a.published !== b.published) return b.published - a.published;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : x - y;
  });
  const kept = [], keys = [];
  for (const i of active) {
    if (kept.length === limit) break;
    const b = lines[i];
    const key = { terms: [...new Set(termsForMatching(b.text, feed.language))].sort(), normalized: normalizeForMatch(b.text) };
    const k = keys.findIndex((other) => {
      if (other.normalized && other.normalized === key.normalized) return true;
      const set = new Set(other.terms);
      const common = key.terms.filter((t) => set.has(t)).length;
      const union = other.terms.length + key.terms.length - common;
      const j = union ? common / union : 0;
      return j > 0 && j >= o.duplicateTextSimilarity;
    });
    if (k >= 0) { kept[k].collapsed.push(b.id); continue; }
    kept.push({ index: i, id: b.id, score: b.priority, collapsed: [] });
    keys.push(key);
  }
  const items = kept.map((item, r) => {
    const b = lines[item.index];
    const j = { rank: r + 1, id: item.id, score: round6(item.score), placement: 'scored', breakdown: { priority: round6(item.score) } };
    if (item.collapsed.length) j.collapsed = item.collapsed;
    const expires = b.expires || (b.published ? b.published + o.defaultLifetime : 0);
    return Object.assign(j, { text: b.text, url: b.url, published: rfc3339(b.published), expires: rfc3339(expires), priority: b.priority });
  });
  return { module: 'ticker', now: rfc3339(now), items, notes: [] };
}
