/**
 * Product and complaint concepts that fall outside the taxonomy, with the words that name them in
 * each language. Emergent clustering reads these words as one term per concept, so the same new
 * complaint ("the battery swelled", "Akku aufgebläht", "bateria inchada") forms one topic across
 * languages, and the topic's label can be shown in English and Chinese. Words follow the lexicon
 * syntax of lexicons.ts (`pref*` for prefixes; Chinese entries are substrings).
 */
export interface Concept {
  id: string;
  en: string;
  zh: string;
  words: Readonly<Record<string, readonly string[]>>;
}

export const CONCEPTS: readonly Concept[] = [
  {
    id: "battery",
    en: "battery",
    zh: "电池",
    words: { en: ["battery", "batteries"], es: ["batería*", "bateria*", "pila"], pt: ["bateria*"], de: ["akku*", "batterie*"], fr: ["batterie*", "pile"], zh: ["电池"] },
  },
  {
    id: "swelling",
    en: "swelling",
    zh: "鼓包",
    words: {
      en: ["swell*", "swollen", "bulg*", "puffed", "puff*", "expanded", "expand*"],
      es: ["hinch*", "abombad*", "infló", "inflad*", "expandió"],
      pt: ["estufou", "estufad*", "inchad*", "inchou", "dilatou", "estufa*"],
      de: ["aufgebläht*", "aufgebläh*", "gewölbt*", "aufgequollen*", "ausgedehnt", "aufgeblasen"],
      fr: ["gonfl*", "bombé*"],
      zh: ["鼓包", "膨胀", "鼓起"],
    },
  },
  {
    id: "overheating",
    en: "overheating",
    zh: "发热",
    words: {
      en: ["hot", "overheat*", "heats", "burning", "burnt", "melted", "melting", "smoke"],
      es: ["caliente", "calienta", "sobrecalent*", "quemad*", "humo", "derritió"],
      pt: ["quente", "esquenta*", "superaquec*", "queimou", "queimad*", "fumaça", "derreteu"],
      de: ["heiß", "überhitz*", "verbrannt", "geschmolzen", "rauch"],
      fr: ["chaud", "chauffe", "surchauff*", "brûlé*", "fumée", "fondu"],
      zh: ["发热", "发烫", "过热", "烫", "冒烟", "烧"],
    },
  },
  {
    id: "charging",
    en: "charging",
    zh: "充电",
    words: {
      en: ["charge", "charging", "charger", "charges", "plug", "plugged"],
      es: ["carga", "cargar", "cargas", "cargador", "enchuf*"],
      pt: ["carga", "cargas", "carregar", "carregador", "carrega*", "tomada"],
      de: ["laden", "ladung*", "ladegerät*", "lädt", "anschließen", "aufladen"],
      fr: ["charge", "charges", "charger", "chargeur", "brancher", "recharge*"],
      zh: ["充电", "充不"],
    },
  },
  {
    id: "screen",
    en: "screen",
    zh: "屏幕",
    words: { en: ["screen", "display"], es: ["pantalla"], pt: ["tela", "ecrã", "display"], de: ["display", "bildschirm"], fr: ["écran"], zh: ["屏幕", "屏"] },
  },
  {
    id: "case",
    en: "case",
    zh: "外壳",
    words: {
      en: ["case", "casing", "cover", "housing", "shell"],
      es: ["carcasa", "tapa"],
      pt: ["carcaça", "tampa", "capa"],
      de: ["gehäuse", "rückseite", "deckel", "hülle"],
      fr: ["boîtier", "capot", "coque"],
      zh: ["外壳", "后盖", "壳"],
    },
  },
  {
    id: "smell",
    en: "smell",
    zh: "异味",
    words: { en: ["smell*", "stink*", "odor", "odour"], es: ["olor*", "huele", "apesta"], pt: ["cheiro*", "fedor"], de: ["geruch", "riecht", "stinkt"], fr: ["odeur*", "sent", "pue"], zh: ["异味", "味道", "臭"] },
  },
  {
    id: "noise",
    en: "noise",
    zh: "噪音",
    words: { en: ["noise", "noisy", "loud", "buzz*", "squeak*"], es: ["ruido*", "ruidos*"], pt: ["barulho*", "ruído*", "chiado"], de: ["geräusch*", "laut", "lärm", "brummt"], fr: ["bruit*", "bruyant*", "grésille*"], zh: ["噪音", "杂音", "响"] },
  },
  {
    id: "sound",
    en: "sound",
    zh: "音质",
    words: { en: ["sound", "audio", "volume", "microphone", "mic"], es: ["sonido", "audio", "volumen", "micrófono"], pt: ["som", "áudio", "volume", "microfone"], de: ["ton", "klang", "lautstärke", "mikrofon"], fr: ["son", "audio", "volume", "micro"], zh: ["音质", "声音", "麦克风"] },
  },
  {
    id: "connection",
    en: "connection",
    zh: "连接",
    words: { en: ["bluetooth", "pair*", "connect*", "wifi", "app"], es: ["bluetooth", "conect*", "emparej*", "aplicación", "app"], pt: ["bluetooth", "conect*", "parear", "pareamento", "aplicativo", "app"], de: ["bluetooth", "verbind*", "koppeln", "kopplung", "app"], fr: ["bluetooth", "connect*", "appairage", "appli", "application"], zh: ["蓝牙", "连接", "配对"] },
  },
  {
    id: "strap",
    en: "strap",
    zh: "表带",
    words: { en: ["strap", "band", "buckle", "clasp"], es: ["correa", "pulsera", "hebilla", "cierre"], pt: ["pulseira", "correia", "fecho"], de: ["armband", "riemen", "schnalle", "verschluss"], fr: ["bracelet", "sangle", "fermoir", "boucle"], zh: ["表带", "带子", "扣"] },
  },
  {
    id: "zipper",
    en: "zipper",
    zh: "拉链",
    words: { en: ["zip", "zipper", "zips"], es: ["cremallera", "cierre"], pt: ["zíper", "ziper", "fecho"], de: ["reißverschluss"], fr: ["fermeture éclair", "zip"], zh: ["拉链"] },
  },
  {
    id: "stitching",
    en: "stitching",
    zh: "做工",
    words: { en: ["stitch*", "seam*", "thread*", "sewing"], es: ["costura*", "hilo*", "descosid*"], pt: ["costura*", "linha*", "descosturou"], de: ["naht", "nähte", "faden", "fäden"], fr: ["couture*", "fil", "fils", "décousu*"], zh: ["线头", "开线", "做工"] },
  },
  {
    id: "fabric",
    en: "fabric",
    zh: "面料",
    words: { en: ["fabric", "material", "pilling", "pills", "shrank", "shrunk", "shrink*", "itchy"], es: ["tela", "material", "bolitas", "encogió", "pica"], pt: ["tecido", "material", "bolinhas", "encolheu", "pinica"], de: ["stoff", "material", "pilling", "eingelaufen", "kratzt"], fr: ["tissu", "matière", "bouloche*", "rétréci*", "gratte"], zh: ["面料", "起球", "缩水", "扎人"] },
  },
  {
    id: "peeling",
    en: "peeling",
    zh: "掉漆",
    words: { en: ["peel*", "flak*", "fad*", "tarnish*", "rust*", "discolo*"], es: ["pel*", "despint*", "descolor*", "oxid*", "destiñ*"], pt: ["descasc*", "desbot*", "oxid*", "enferruj*", "manch*"], de: ["abblätter*", "blättert", "verblasst", "rost*", "angelaufen", "verfärbt"], fr: ["écaill*", "pèle", "décolor*", "rouill*", "terni*"], zh: ["掉漆", "掉色", "褪色", "生锈", "氧化"] },
  },
  {
    id: "skin",
    en: "skin reaction",
    zh: "皮肤过敏",
    words: { en: ["rash", "allerg*", "itch*", "irritat*", "skin"], es: ["alergia", "alérgic*", "irritación", "piel", "sarpullido"], pt: ["alergia", "alérgic*", "irritação", "pele", "coceira"], de: ["allergi*", "ausschlag", "haut", "juckt", "reizung"], fr: ["allergi*", "irritation", "peau", "démange*", "rougeur*"], zh: ["过敏", "皮肤", "发痒", "红疹"] },
  },
  {
    id: "leak",
    en: "leak",
    zh: "漏",
    words: { en: ["leak*", "spill*", "drip*"], es: ["gotea", "fuga", "derram*"], pt: ["vaza*", "vazamento", "derram*"], de: ["undicht", "ausgelaufen", "tropft", "leck*"], fr: ["fuit", "fuite*", "coule"], zh: ["漏水", "漏液", "漏"] },
  },
  {
    id: "wrong_item",
    en: "wrong item",
    zh: "发错货",
    words: { en: ["wrong item", "wrong product", "wrong model", "different item", "not what i ordered"], es: ["producto equivocado", "artículo equivocado", "otro producto"], pt: ["produto errado", "item errado", "outro produto", "veio errado"], de: ["falscher artikel", "falsche ware", "falsches produkt"], fr: ["mauvais article", "mauvais produit", "pas le bon"], zh: ["发错", "错货", "不是我买的"] },
  },
  {
    id: "fake",
    en: "counterfeit",
    zh: "假货",
    words: { en: ["fake", "counterfeit", "knockoff", "replica", "not original", "not genuine"], es: ["falso", "falsificad*", "réplica", "no es original"], pt: ["falso", "falsificad*", "réplica", "não é original"], de: ["fälschung", "gefälscht", "nachahmung", "kein original"], fr: ["contrefaçon", "faux", "copie", "pas original"], zh: ["假货", "仿品", "高仿", "不是正品"] },
  },
  {
    id: "price",
    en: "price",
    zh: "价格",
    words: { en: ["price", "overpriced", "expensive", "overcharged", "charged twice"], es: ["precio", "caro", "cobraron", "cobro doble"], pt: ["preço", "caro", "cobrado", "cobraram", "cobrança dupla"], de: ["preis", "teuer", "überteuert", "doppelt abgebucht"], fr: ["prix", "cher", "trop cher", "débité deux fois"], zh: ["价格", "太贵", "多扣", "重复扣款"] },
  },
];
