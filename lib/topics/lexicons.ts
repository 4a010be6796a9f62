import type { Theme } from "./taxonomy";

/**
 * Keywords of each complaint theme per language, written from how buyers complain about
 * cross-border orders (marketplace reviews, support chats), not from any one data set.
 *
 * Syntax of an entry:
 * - `word`: matches the word and its inflections (compared by stem, accents ignored);
 * - `pref*`: matches any word starting with `pref` (German compounds: `zoll*` for Zollgebühren);
 * - `*suf`: matches any word ending with `suf` (German compound heads: `*gebühr`);
 * - several words: the words in this order, with at most two other words between them;
 * - Chinese entries are matched as substrings of the text;
 * - `entry^2`: the entry names its theme outright ("refund", "customs") and counts double.
 * A document's theme is the one whose entries cover the most of its words (keywords.ts).
 */
export type ThemeLexicon = Readonly<Record<Theme, readonly string[]>>;

export const THEME_LEXICONS: Readonly<Record<string, ThemeLexicon>> = {
  en: {
    delivery_delay: [
      "still waiting", "still nothing", "never arrived", "never received", "never came", "not received", "not arrived",
      "never showed up", "never got", "didn't arrive", "hasn't arrived", "haven't received", "not delivered",
      "delivery slow", "slow delivery", "slow shipping", "shipping slow", "took forever", "took weeks", "weeks to arrive",
      "ordered weeks", "weeks ago and", "late", "delay*", "overdue", "in transit", "tracking", "lost parcel", "lost package", "lost in the mail",
      "promised date", "delivery date", "estimated", "where is my", "still not here", "waiting for my order",
      "shipping was a joke", "took ages", "long wait", "package never",
      "where is it", "still shows the same status", "same status", "not here yet", "should have arrived", "supposed to arrive", "how long until"],
    damaged: [
      "arrived broken^2", "came broken", "broken on arrival", "damaged^2", "damage", "crushed", "smashed", "cracked", "crack",
      "dented", "dent", "scratched", "scratches", "shattered", "torn", "packaging", "packed", "box was", "in pieces",
      "pieces rattling", "in transit broken", "leaked", "bent",
    ],
    looks_different: [
      "colour^2", "color^2", "looks different", "look different", "nothing like the photo", "nothing like the picture",
      "not like the picture", "not like the photo", "product photos", "pictures", "picture", "listing photos", "listing", "looks cheap",
      "misleading", "not as described", "not as pictured", "different from", "shade", "darker", "lighter", "finish",
      "navy", "purple", "dull",
      "ordered black", "received it in", "wrong colour", "wrong color"],
    size_fit: [
      "size", "sizes", "sizing^2", "size chart^2", "runs small", "runs large", "too small", "too big", "too large", "too tight",
      "too loose", "too short", "too long", "tight", "doesn't fit", "fit is", "fits like", "smallest size", "hangs off",
      "shoulders", "waist",
    ],
    customs_fees: [
      "customs^2", "custom fee*", "duty^2", "duties^2", "import tax*", "import vat^2", "vat", "tariff*", "handling fee",
      "brokerage", "extra costs", "extra charges", "pay on delivery", "paid at the door", "held at customs", "clearance",
    ],
    missing_items: [
      "missing^2", "incomplete^2", "not included", "only got half", "half the order", "only received", "received two",
      "received one", "ordered three", "ordered two", "piece was missing", "pieces were missing", "no cable", "no manual",
      "left out", "part of my order", "accessories", "received only", "part of the order"
    ],
    defective: [
      "stopped working^2", "doesn't work", "does not work", "didn't work", "not working", "won't turn on", "wont turn on",
      "doesn't turn on", "dead on arrival", "died", "dead", "defective^2", "faulty^2", "broke after", "broke the",
      "malfunction*", "won't charge", "wont charge", "not charging", "keeps disconnecting", "disconnect*", "button",
      "quality is", "poor quality", "bad quality", "cheaply made", "fell apart", "falls apart",
    ],
    refund_trouble: [
      "refund^2", "refunded^2", "return", "returned", "returning", "money back^2", "chargeback", "partial refund^2",
      "return shipping", "return process", "return request", "send it back", "sent it back", "reimburse*", "dispute",
      "more photos",
    ],
    poor_communication: [
      "no answer", "no reply", "no response", "never answered", "never replied", "never responded", "not responding",
      "ignored", "customer service", "support", "seller never", "copy paste", "copy-paste", "rude", "unhelpful",
      "useless service", "didn't read", "reply", "replies", "answer", "respond", "messages", "wrote three times",
      "we are checking", "contact", "communication",
    ],
  },
  es: {
    delivery_delay: [
      "todavía nada", "sigo esperando", "nunca llegó", "nunca recibí", "no llegó", "no ha llegado", "no me llegó",
      "tardó", "tardaron", "tarda", "retraso", "retrasado", "demora", "lento", "lenta", "semanas de espera", "hace semanas", "en tránsito",
      "seguimiento", "fecha de entrega", "fecha prometida", "paquete perdido", "dónde está mi", "espera", "esperando",
      "no he recibido", "todavía no", "mismo estado", "debería haber llegado", "dónde está", "cuándo llega"],
    damaged: [
      "llegó roto", "roto", "rota", "dañado^2", "dañada", "daño", "aplastad*", "agrietad*", "grieta", "abollad*", "rayad*",
      "hecho pedazos", "pedazos", "embalaje", "embalado", "caja", "estropeó", "estropeado", "piezas sueltas",
    ],
    looks_different: [
      "color^2", "colores", "fotos", "foto", "imágenes", "imagen", "no se parece", "diferente", "distinto", "anuncio",
      "publicación", "engañan", "engañoso", "parece barato", "oscuro", "claro", "acabado", "morado", "azul marino",
      "pedí negro", "me llegó en", "color equivocado"],
    size_fit: [
      "talla^2", "tallas^2", "tabla de tallas^2", "pequeño", "pequeña", "grande", "apretado", "apretada", "holgado", "corto",
      "largo", "queda", "me queda", "hombros", "cintura", "ajusta",
    ],
    customs_fees: [
      "aduana^2", "aduanas^2", "arancel*", "impuesto*", "iva", "gastos de gestión", "costes extra", "costos extra",
      "cargo extra", "retenido en aduana", "pagar al recibir", "pagué en la puerta", "tasa*",
    ],
    missing_items: [
      "faltaba^2", "faltaban^2", "falta", "faltan", "incompleto^2", "incompleta", "mitad del pedido", "solo me llegó",
      "recibí dos", "recibí uno", "no venían", "no venía", "sin cable", "sin instrucciones", "accesorios", "solo recibí", "recibí solo", "recibí solamente", "parte del pedido"
    ],
    defective: [
      "dejó de funcionar^2", "no funciona", "no enciende", "no carga", "ya no carga", "defectuoso^2", "defectuosa",
      "defecto", "llegó muerto", "se murió", "se rompió", "averiado", "falla", "fallo", "se desconecta", "botón",
      "calidad", "mala calidad",
    ],
    refund_trouble: [
      "reembolso^2", "devolución", "devolver", "devolví", "devolverme", "devuelto", "mi dinero", "reembolso parcial^2",
      "solicitud de devolución", "envío de vuelta", "más fotos",
    ],
    poor_communication: [
      "nunca respondió", "nunca respondieron", "no responde", "no responden", "sin respuesta", "nadie responde",
      "atención al cliente", "soporte", "servicio al cliente", "respuestas copiadas", "respuesta", "respuestas",
      "contestar", "contestaron", "mensajes", "escribí", "lo estamos revisando", "vendedor nunca", "maleducado",
    ],
  },
  pt: {
    delivery_delay: [
      "até agora nada", "ainda estou esperando", "ainda não chegou", "não chegou", "nao chegou", "nunca chegou",
      "nunca recebi", "não recebi", "nao recebi", "não foi entregue", "nao foi entregue", "não entregue", "atraso",
      "atrasad*", "demorou", "demora", "demorada", "demorado", "há semanas", "semanas para chegar", "prazo", "em trânsito", "rastreio",
      "rastreamento", "data prometida", "entrega", "esperando", "aguardando",
      "onde está", "era para chegar", "mesmo status", "ainda não recebi", "quando chega", "até hoje", "até a presente data", "cadê", "rastrear"
    ],
    damaged: [
      "chegou quebrado", "quebrado", "quebrada", "quebrou", "danificad*^2", "amassad*", "rachado", "rachada", "arranhad*",
      "em pedaços", "avariad*", "embalagem", "mal embalado", "caixa", "estragou", "estragado", "peças soltas",
    ],
    looks_different: [
      "cor^2", "cores", "fotos", "foto", "imagens", "imagem", "nada a ver", "diferente", "anúncio", "enganam", "enganoso",
      "parece barato", "escura", "escuro", "acabamento", "roxo", "azul-marinho", "sem brilho",
      "pedi preto", "veio na cor", "cor errada"],
    size_fit: [
      "tamanho^2", "tamanhos", "tabela de medidas^2", "medidas", "pequeno", "pequena", "grande demais", "apertad*",
      "folgad*", "curto", "curta", "veste", "serviu", "não serviu", "ombros", "cintura",
    ],
    customs_fees: [
      "alfândega^2", "alfandega^2", "alfandegári*^2", "imposto*", "taxa", "taxas", "taxado", "tributad*", "despacho",
      "custo extra", "retida na alfândega", "paguei imposto", "cobrança",
    ],
    missing_items: [
      "faltou^2", "faltando^2", "falta", "faltam", "incompleto^2", "incompleta", "metade do pedido", "só chegou",
      "recebi dois", "recebi um", "não vieram", "não veio", "veio só", "sem cabo", "sem manual", "acessórios", "só recebi", "recebi apenas", "recebi somente", "entregue apenas", "entregaram somente", "entregaram apenas", "veio apenas", "veio somente", "recebi parte", "parte do pedido", "faltando um"
    ],
    defective: [
      "parou de funcionar^2", "não funciona", "nao funciona", "não liga", "nao liga", "nem liga", "não carrega",
      "nem carrega", "defeito^2", "defeituos*", "com defeito", "morreu", "quebrou na", "desconecta", "botão",
      "qualidade", "má qualidade", "qualidade ruim",
    ],
    refund_trouble: [
      "reembolso^2", "estorno^2", "devolução", "devolver", "devolvi", "dinheiro de volta", "meu dinheiro",
      "reembolso parcial^2", "pedido de devolução", "frete de volta", "mais fotos", "cancelamento",
    ],
    poor_communication: [
      "nunca respondeu", "nunca responderam", "não responde", "não respondem", "sem resposta", "ninguém responde",
      "atendimento", "suporte", "respostas prontas", "resposta", "respostas", "responder", "mensagens", "escrevi",
      "estamos verificando", "retorno", "vendedor nunca", "descaso",
    ],
  },
  de: {
    delivery_delay: [
      "immer noch nichts", "warte immer noch", "nie angekommen", "nicht angekommen", "nie erhalten", "nicht erhalten",
      "nie geliefert", "nicht geliefert", "lieferzeit*", "liefertermin*", "lieferung hat", "verspät*", "verzöger*",
      "dauert*", "gedauert", "ewig", "seit wochen", "wochen bestellt", "wochen gedauert", "wochen wartezeit", "unterwegs", "sendungsverfolgung", "tracking", "paket verloren",
      "wartezeit", "wo ist mein", "versand eine katastrophe",
      "wo bleibt", "sollte letzte woche", "derselbe status", "noch nicht angekommen", "wann kommt"],
    damaged: [
      "kaputt angekommen", "kaputt", "beschädigt*^2", "zerdrückt", "zerbrochen", "zerkratzt", "kratzer", "riss",
      "eingedrückt", "aufgerissen", "verpackung", "verpackt", "karton", "transport*", "einzelteile", "delle",
    ],
    looks_different: [
      "farbe^2", "farben", "fotos", "foto", "bilder", "bild", "sieht anders aus", "anders als", "weicht", "beschreibung",
      "produktfotos", "täuschen", "irreführend", "wirkt billig", "dunkler", "heller", "matt", "lila", "dunkelblau",
      "schwarz bestellt", "falsche farbe"],
    size_fit: [
      "größe^2", "größen", "größentabelle^2", "fällt klein", "fällt groß", "zu klein", "zu groß", "zu eng", "zu weit",
      "zu kurz", "zu lang", "eng", "passt", "sitzt", "schultern", "taille^2",
    ],
    customs_fees: [
      "zoll*^2", "*zoll^2", "einfuhr*", "*abgaben", "einfuhrumsatzsteuer^2", "mehrwertsteuer", "mwst", "bearbeitungsgebühr",
      "zusatzkosten", "nachzahlen", "gebühr*", "*gebühr", "*gebühren",
    ],
    missing_items: [
      "fehlte^2", "fehlten^2", "fehlt", "fehlen", "unvollständig^2", "hälfte der bestellung", "nur die hälfte", "zwei bekommen",
      "eins bekommen", "nicht dabei", "nicht enthalten", "kein kabel", "keine anleitung", "zubehör",
    ],
    defective: [
      "ging nichts mehr", "funktioniert nicht", "funktioniert nicht mehr", "geht nicht", "lässt sich nicht", "einschalten",
      "defekt^2", "geist aufgegeben", "kaputtgegangen", "reagiert nicht", "lädt nicht", "lädt es", "verbindung bricht",
      "qualität", "schlechte qualität", "fehlerhaft",
    ],
    refund_trouble: [
      "erstattung^2", "erstatten", "rückerstattung^2", "teilerstattung^2", "geld zurück^2", "zurückgeschickt", "zurückschicken",
      "rücksendung", "rücksende*", "retoure", "rückversand", "mehr fotos", "widerruf",
    ],
    poor_communication: [
      "nie geantwortet", "keine antwort", "nicht geantwortet", "antwortet nicht", "niemand antwortet", "kundenservice",
      "kundendienst", "support", "textbausteine", "antwort", "antworten", "nachrichten", "geschrieben", "wir prüfen",
      "meldet sich", "kommunikation", "unfreundlich",
    ],
  },
  fr: {
    delivery_delay: [
      "toujours rien", "j'attends toujours", "attends toujours", "jamais reçu", "pas reçu", "jamais arrivé", "pas arrivé",
      "jamais livré", "pas livré", "retard", "délai*", "lent", "lente", "depuis des semaines", "semaines d'attente", "mis semaines", "en transit", "suivi",
      "date de livraison", "date promise", "colis perdu", "interminable", "attente", "où est mon",
      "où est", "même statut", "toujours pas reçu", "aurait dû arriver", "quand arrive"],
    damaged: [
      "arrivé cassé", "cassé", "cassée", "abîmé^2", "abîmée", "endommagé*^2", "écrasé", "fissuré", "fissure", "enfoncé",
      "déchiré", "rayé", "en morceaux", "morceaux", "emballage", "emballé", "carton", "transport",
    ],
    looks_different: [
      "couleur^2", "couleurs", "photos", "photo", "images", "image", "rien à voir", "différent", "différente", "annonce",
      "trompeuse*", "trompeur", "fait cheap", "foncé", "foncée", "clair", "finition", "violet", "bleu marine", "terne",
      "commandé noir", "mauvaise couleur"],
    size_fit: [
      "taille^2", "tailles", "guide des tailles^2", "trop petit", "trop grand", "trop serré", "serré", "trop court",
      "trop long", "flotte", "ne me va pas", "épaules", "taille petit", "taille grand",
    ],
    customs_fees: [
      "douane^2", "douanes^2", "droits d'importation", "droits de douane^2", "tva", "frais de dossier", "frais supplémentaire*",
      "frais de douane", "taxe*", "bloqué en douane", "payé à la porte", "dédouanement",
    ],
    missing_items: [
      "manquait^2", "manquaient", "manque", "manquant*", "incomplet^2", "incomplète", "moitié de la commande",
      "seulement la moitié", "deux reçus", "un reçu", "pas inclus", "pas de câble", "pas de notice", "accessoires",
    ],
    defective: [
      "ne fonctionne plus^2", "ne fonctionne pas", "fonctionne plus", "ne marche pas", "marche plus", "plus rien",
      "ne s'allume", "s'allume même pas", "défectueux^2", "défectueuse", "défaut", "mort à l'arrivée", "en panne",
      "ne répond pas", "ne charge plus", "se déconnecte", "qualité", "mauvaise qualité",
    ],
    refund_trouble: [
      "remboursement^2", "rembourser^2", "remboursé^2", "pas remboursé", "retour", "renvoyé", "renvoyer", "mon argent",
      "remboursement partiel^2", "demande de retour", "frais de retour", "encore des photos",
    ],
    poor_communication: [
      "jamais répondu", "pas répondu", "aucune réponse", "sans réponse", "personne ne répond", "service client",
      "support", "réponses toutes faites", "réponse", "réponses", "répondre", "messages", "écrit trois fois",
      "nous vérifions", "revient jamais", "communication", "injoignable",
    ],
  },
  zh: {
    delivery_delay: ["没收到", "未收到", "还没到", "没到", "物流", "快递", "太慢", "很慢", "慢", "延迟", "延误", "迟到", "等了", "几个星期", "几周", "运输中", "丢件"],
    damaged: ["破损^2", "损坏", "坏了", "摔坏", "压坏", "碎了", "裂", "划痕", "凹", "包装", "箱子"],
    looks_different: ["色差^2", "颜色", "和图片", "与图片", "图片不符", "不一样", "描述不符", "实物", "照片"],
    size_fit: ["尺码^2", "尺寸", "偏小", "偏大", "太小", "太大", "太紧", "不合身", "码数"],
    customs_fees: ["关税^2", "海关^2", "清关", "税费", "进口税", "增值税", "额外费用"],
    missing_items: ["少发^2", "漏发^2", "缺少", "少了", "缺件", "不全", "没有配件", "只收到"],
    defective: ["不能用", "不工作", "坏掉", "故障^2", "质量问题", "质量差", "开不了机", "充不了电", "失灵", "次品", "残次"],
    refund_trouble: ["退款^2", "退货", "退钱", "退换", "换货", "部分退款"],
    poor_communication: ["客服", "不回复", "没回复", "不理", "态度差", "没人回", "回复慢", "沟通"],
  },
};
