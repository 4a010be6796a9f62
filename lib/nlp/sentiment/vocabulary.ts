/**
 * What the general-purpose vocabularies of `natural` (AFINN, pattern, senticon) miss in shop
 * reviews and buyer messages: negation words, intensifiers and dampeners, contrast words, and the
 * e-commerce vocabulary of complaints and praise ("never arrived", "refund", "fast shipping").
 * Polarities are on natural's pattern scale, -1 to 1. Phrases are matched on lower-cased tokens.
 */
export interface LanguageCues {
  negators: readonly string[];
  intensifiers: readonly string[];
  dampeners: readonly string[];
  /** "but": what follows weighs more than what came before. */
  contrast: readonly string[];
  /** Words and phrases (space-separated tokens) with their polarity. */
  domain: Readonly<Record<string, number>>;
}

export const CUES: Readonly<Record<string, LanguageCues>> = {
  en: {
    negators: [
      "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without", "hardly", "cannot",
      "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "can't",
      "couldn't", "shouldn't", "hasn't", "haven't", "hadn't", "dont", "doesnt", "didnt", "isnt", "wasnt",
      "wont", "cant", "couldnt", "havent", "hasnt", "aint", "ain't",
    ],
    intensifiers: [
      "very", "really", "so", "super", "extremely", "too", "totally", "absolutely", "completely", "incredibly",
      "highly", "utterly", "truly", "seriously", "way", "most", "especially", "terribly",
    ],
    dampeners: ["slightly", "somewhat", "bit", "kinda", "fairly", "barely", "rather", "little"],
    contrast: ["but", "however", "although", "though", "yet"],
    domain: {
      "never arrived": -0.8, "never received": -0.8, "not received": -0.7, "still waiting": -0.6,
      "still nothing": -0.6, "never showed up": -0.8, "not as described": -0.7, "waste of money": -0.9,
      "stopped working": -0.7, "doesn't work": -0.7, "didn't work": -0.7, "does not work": -0.7,
      "dead on arrival": -0.9, "fell apart": -0.7, "falls apart": -0.7, "broke": -0.6, "broken": -0.6,
      "damaged": -0.6, "defective": -0.7, "faulty": -0.7, "cracked": -0.5, "scratched": -0.4, "crushed": -0.5,
      "missing": -0.5, "refund": -0.3, "late": -0.4, "delayed": -0.4, "slow": -0.4, "overpriced": -0.6,
      "cheap": -0.3, "flimsy": -0.6, "scam": -0.9, "fake": -0.7, "ripoff": -0.8, "rip off": -0.8, "junk": -0.8,
      "useless": -0.7, "return": -0.2, "returned": -0.3, "unacceptable": -0.8, "nightmare": -0.8,
      "worst": -0.9, "joke": -0.4, "misleading": -0.7, "swollen": -0.6, "customs": -0.3, "hidden": -0.3,
      "fast shipping": 0.6, "fast delivery": 0.6, "arrived quickly": 0.5, "arrived early": 0.6,
      "as described": 0.5, "works great": 0.8, "works perfectly": 0.9, "highly recommend": 0.9,
      "well made": 0.7, "good quality": 0.7, "great quality": 0.8, "value for money": 0.6, "thank you": 0.3,
      "thanks": 0.3, "five stars": 0.8, "love it": 0.9, "perfect": 0.9, "recommend": 0.5,
    },
  },
  es: {
    negators: ["no", "nunca", "jamás", "nada", "nadie", "ni", "sin", "tampoco", "ningún", "ninguna", "ninguno"],
    intensifiers: ["muy", "súper", "super", "realmente", "bastante", "demasiado", "tan", "totalmente", "muchísimo", "sumamente"],
    dampeners: ["poco", "algo", "ligeramente", "casi"],
    contrast: ["pero", "aunque", "sin embargo", "sino"],
    domain: {
      "nunca llegó": -0.8, "no llegó": -0.7, "sigo esperando": -0.6, "todavía nada": -0.6, "roto": -0.6,
      "rota": -0.6, "dañado": -0.6, "defectuoso": -0.7, "no funciona": -0.7, "dejó de funcionar": -0.7,
      "estafa": -0.9, "falso": -0.6, "tarde": -0.3, "lento": -0.4, "lenta": -0.4, "reembolso": -0.3,
      "devolución": -0.3, "faltaba": -0.5, "incompleto": -0.5, "vergüenza": -0.7, "pésimo": -0.9,
      "pésima": -0.9, "aduana": -0.3, "hinchada": -0.6, "engañan": -0.7, "inútil": -0.7,
      "llegó rápido": 0.6, "envío rápido": 0.6, "buena calidad": 0.7, "lo recomiendo": 0.8,
      "recomendado": 0.6, "perfecto": 0.9, "encanta": 0.8, "gracias": 0.3, "genial": 0.8,
    },
  },
  pt: {
    negators: ["não", "nao", "nunca", "jamais", "nada", "ninguém", "nem", "sem", "nenhum", "nenhuma"],
    intensifiers: ["muito", "super", "extremamente", "bem", "demais", "totalmente", "tão", "bastante", "muitíssimo"],
    dampeners: ["pouco", "meio", "quase", "levemente"],
    contrast: ["mas", "porém", "porem", "entretanto", "contudo", "embora"],
    domain: {
      "não chegou": -0.7, "nao chegou": -0.7, "nunca chegou": -0.8, "não recebi": -0.7, "nao recebi": -0.7,
      "ainda não": -0.4, "até agora nada": -0.7, "quebrado": -0.6, "quebrada": -0.6, "danificado": -0.6,
      "defeito": -0.6, "defeituoso": -0.7, "não funciona": -0.7, "parou de funcionar": -0.7, "golpe": -0.8,
      "falso": -0.6, "atraso": -0.5, "atrasado": -0.5, "demorou": -0.4, "demorada": -0.4, "reembolso": -0.3,
      "devolução": -0.3, "faltou": -0.5, "faltando": -0.5, "incompleto": -0.5, "péssimo": -0.9,
      "péssima": -0.9, "horrível": -0.9, "absurdo": -0.6, "taxa": -0.2, "inchada": -0.6, "enganam": -0.7,
      "chegou rápido": 0.6, "chegou antes": 0.7, "antes do prazo": 0.7, "no prazo": 0.5, "dentro do prazo": 0.5,
      "entrega rápida": 0.6, "bem embalado": 0.5, "boa qualidade": 0.7, "recomendo": 0.8, "perfeito": 0.9,
      "excelente": 0.9, "ótimo": 0.8, "otimo": 0.8, "adorei": 0.9, "amei": 0.9, "obrigado": 0.3, "obrigada": 0.3,
    },
  },
  de: {
    negators: ["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts", "ohne", "weder", "nix"],
    intensifiers: ["sehr", "wirklich", "extrem", "echt", "total", "absolut", "völlig", "so", "zu", "äußerst", "ziemlich"],
    dampeners: ["etwas", "bisschen", "wenig", "kaum", "leicht"],
    contrast: ["aber", "jedoch", "allerdings", "doch", "trotzdem"],
    domain: {
      "nie angekommen": -0.8, "nicht angekommen": -0.7, "nie erhalten": -0.8, "immer noch nichts": -0.7,
      "warte immer noch": -0.6, "kaputt": -0.6, "beschädigt": -0.6, "defekt": -0.7, "zerbrochen": -0.6,
      "funktioniert nicht": -0.7, "betrug": -0.9, "fälschung": -0.7, "verspätung": -0.5, "verspätet": -0.5,
      "langsam": -0.4, "erstattung": -0.3, "rücksendung": -0.3, "fehlte": -0.5, "unvollständig": -0.5,
      "katastrophe": -0.8, "frechheit": -0.8, "ärgerlich": -0.6, "enttäuscht": -0.7, "enttäuschend": -0.7,
      "zoll": -0.3, "aufgebläht": -0.6, "nutzlos": -0.7, "lächerlich": -0.6, "miserabel": -0.9,
      "schnelle lieferung": 0.6, "schnell geliefert": 0.6, "gute qualität": 0.7, "empfehlenswert": 0.8,
      "empfehle": 0.6, "perfekt": 0.9, "top": 0.7, "danke": 0.3, "super": 0.7, "toll": 0.7, "klasse": 0.7,
    },
  },
  fr: {
    negators: ["ne", "n", "pas", "jamais", "rien", "aucun", "aucune", "personne", "sans", "ni", "plus"],
    intensifiers: ["très", "vraiment", "super", "extrêmement", "trop", "tellement", "totalement", "complètement", "si", "hyper"],
    dampeners: ["peu", "légèrement", "assez", "plutôt"],
    contrast: ["mais", "cependant", "pourtant", "toutefois"],
    domain: {
      "jamais reçu": -0.8, "pas reçu": -0.7, "toujours rien": -0.7, "j'attends toujours": -0.6, "cassé": -0.6,
      "cassée": -0.6, "abîmé": -0.6, "endommagé": -0.6, "défectueux": -0.7, "ne fonctionne": -0.6,
      "arnaque": -0.9, "contrefaçon": -0.7, "retard": -0.5, "lent": -0.4, "lente": -0.4, "remboursement": -0.3,
      "manquait": -0.5, "incomplet": -0.5, "honteux": -0.8, "lamentable": -0.8, "nul": -0.8, "nulle": -0.8,
      "douane": -0.3, "gonflée": -0.6, "trompeuses": -0.7, "inutile": -0.6, "cauchemar": -0.8, "déçu": -0.7,
      "déçue": -0.7, "livraison rapide": 0.6, "reçu rapidement": 0.6, "bonne qualité": 0.7,
      "je recommande": 0.8, "parfait": 0.9, "merci": 0.3, "génial": 0.8, "top": 0.7, "nickel": 0.8,
    },
  },
  zh: {
    // The classifier reads Chinese character by character: 不 covers 不是, 不好; 没 covers 没有.
    negators: ["不", "没", "无", "别", "未", "非"],
    intensifiers: [],
    dampeners: [],
    contrast: [],
    domain: {},
  },
  it: {
    negators: ["non", "mai", "niente", "nulla", "nessuno", "nessuna", "senza", "né"],
    intensifiers: ["molto", "davvero", "super", "estremamente", "troppo", "tanto", "veramente"],
    dampeners: ["poco", "leggermente", "abbastanza"],
    contrast: ["ma", "però", "tuttavia"],
    domain: { "mai arrivato": -0.8, "rotto": -0.6, "difettoso": -0.7, "non funziona": -0.7, "truffa": -0.9, "rimborso": -0.3 },
  },
  nl: {
    negators: ["niet", "geen", "nooit", "niets", "zonder", "noch"],
    intensifiers: ["heel", "erg", "zeer", "echt", "super", "enorm", "te"],
    dampeners: ["beetje", "enigszins", "wat"],
    contrast: ["maar", "echter", "toch"],
    domain: { "nooit aangekomen": -0.8, "kapot": -0.6, "defect": -0.7, "werkt niet": -0.7, "oplichting": -0.9 },
  },
};

/**
 * Emoji carry sentiment in every language. Values follow the Emoji Sentiment Ranking (Kralj Novak
 * et al., 2015) in sign and rough size.
 */
export const EMOJI: Readonly<Record<string, number>> = {
  "😀": 0.6, "😃": 0.6, "😄": 0.6, "😁": 0.6, "😆": 0.5, "😊": 0.7, "🙂": 0.4, "😍": 0.8, "🥰": 0.8,
  "😘": 0.7, "😻": 0.7, "👍": 0.6, "👌": 0.5, "👏": 0.5, "🙌": 0.6, "💯": 0.6, "❤": 0.8, "♥": 0.7,
  "💕": 0.7, "💖": 0.7, "💗": 0.7, "✨": 0.4, "🎉": 0.6, "🥳": 0.6, "🤩": 0.7, "😂": 0.2, "🤣": 0.2,
  "🙏": 0.3, "⭐": 0.5, "🌟": 0.5, "😎": 0.4, "😉": 0.3, "☺": 0.5, "😋": 0.5,
  "😡": -0.8, "😠": -0.7, "🤬": -0.9, "😤": -0.6, "😞": -0.6, "😔": -0.5, "😟": -0.5, "😢": -0.6,
  "😭": -0.5, "😩": -0.6, "😫": -0.6, "😒": -0.6, "🙄": -0.5, "👎": -0.7, "💔": -0.6, "😣": -0.5,
  "😖": -0.5, "😕": -0.4, "☹": -0.6, "🙁": -0.5, "🤮": -0.8, "🤢": -0.7, "😱": -0.4, "💩": -0.7,
  "😑": -0.3, "😐": -0.1, "😛": 0.4, "😮": -0.1, "😓": -0.4, "😰": -0.4, "😬": -0.2, "🤦": -0.5, "😪": -0.3,
};
