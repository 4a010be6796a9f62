import type { Scenario } from "../../ingest/records";
import type { Topic } from "../topics";
import type { DemoLanguage, Phrases, PerLanguage } from "./languages";

/** Buyer languages other than English, the ones an agent sometimes switches to. */
export type LocalLanguage = Exclude<DemoLanguage, "en">;

/**
 * An agent's first answer in their own words (no template), in English, per topic: the team is
 * in China and English is its working language. Slots: `{item}`, `{tracking}`.
 */
export const OWN_WORDS_EN: Readonly<Record<Topic, Phrases>> = {
  presale_size: [
    "For your height I'd go with M. If you like a loose fit, take L.",
    "The {item} runs a little small, so I recommend one size up. M is 52 cm across the chest.",
  ],
  presale_material: [
    "The {item} is made of good material and we check every piece before shipping.",
    "Good question! It is quite solid, many customers use it every day without problems.",
  ],
  presale_usage: [
    "It's plug and play, no app needed. Just charge it first and hold the button for 3 seconds.",
    "Yes, it works with both iPhone and Android. I can send you a short video if you like.",
  ],
  presale_stock: [
    "Yes, we have it in stock and it ships within 24 hours.",
    "The black one is sold out right now, new stock arrives in about 10 days. Would grey work for you?",
  ],
  presale_price: [
    "The price already includes shipping, no extra cost.",
    "If you buy two I can give you 10% off, just let me know and I will change the price.",
  ],
  logistics_where: [
    "Let me check... your parcel is in transit and should arrive in 3-5 days.",
    "Sorry for the wait! I checked with the carrier, it is at the local sorting center now.",
  ],
  logistics_customs: [
    "For most orders we pay the duties already. If the courier asks you for fees, please send me a photo of the notice.",
    "Sorry about this. Customs fees depend on your country; please keep the receipt and we will refund the fees.",
  ],
  logistics_tracking: [
    "Tracking sometimes does not update while the parcel is on the plane. It should move again in 2-3 days.",
    "Here is the new tracking number, the local carrier replaced the old one: {tracking}",
  ],
  logistics_delivery_time: [
    "Delivery usually takes 7-12 business days to your country.",
    "We ship within 24 hours; with express it arrives in 5-7 days.",
  ],
  aftersale_damaged: [
    "So sorry about that! Can you send a photo of the damage? We will send a new one right away.",
    "Really sorry the {item} arrived like this. Please send me a photo and I will arrange a replacement or refund.",
  ],
  aftersale_wrong_colour: [
    "Sorry for the mix-up! I will send the right colour today, you can keep the other one.",
    "Apologies, the studio light makes the colour look brighter in the photos. Can you send a picture so I can check?",
  ],
  aftersale_wrong_size: [
    "No problem, we can exchange it. Please send it back and I will ship the L as soon as it arrives.",
    "Sorry it doesn't fit! I can send the bigger size now, you don't need to return the small one.",
  ],
  aftersale_missing_item: [
    "Very sorry, it looks like the package was split in two. The second part is on the way: {tracking}",
    "Sorry for the missing part! I will ship it today with express.",
  ],
  aftersale_defective: [
    "Sorry to hear that. Can you try a reset by holding the power button for 10 seconds? If it still doesn't work, we will replace it.",
    "That should not happen. Please send a short video of the problem and we will send a new one.",
  ],
  aftersale_refund: [
    "Sure, I have started the refund. You will see the money in 5-7 business days.",
    "Of course. Please send the {item} back to our local return address and we will refund once it arrives.",
  ],
  other_discount: [
    "We have 10% off with code WELCOME10 this week.",
    "No discount right now, but we will have a sale for Black Friday!",
  ],
  other_invoice: [
    "Sure, please send me your company name and VAT number and I will issue the invoice.",
    "The invoice is on your order page, you can download it there.",
  ],
  other_wholesale: [
    "Thanks for your interest! For 200 pieces we can give a special price, please send me your email.",
    "Yes, we do wholesale. Let me ask my manager about the price and the logo printing.",
  ],
  other_upset: [
    "I'm really sorry for the wait. I'm here now and I will personally take care of this.",
    "Sorry, we had a lot of messages this week. Let me look at your order right now.",
  ],
};

/** Own-words first answers when the agent writes in the buyer's language (often via a translator). */
export const OWN_WORDS_LOCAL: Readonly<Record<Scenario, Readonly<Record<LocalLanguage, Phrases>>>> = {
  presale: {
    es: [
      "Sí, el {item} está disponible y lo enviamos en 24 horas.",
      "Gracias por tu pregunta. El {item} es de buena calidad, muchos clientes lo usan a diario.",
      "Claro, te envío toda la información del {item} ahora mismo.",
    ],
    de: [
      "Ja, das {item} ist verfügbar und wird innerhalb von 24 Stunden verschickt.",
      "Danke für Ihre Frage. Das {item} ist gut verarbeitet, viele Kunden nutzen es täglich.",
      "Gerne, ich schicke Ihnen gleich alle Infos zum {item}.",
    ],
    fr: [
      "Oui, le {item} est disponible et expédié sous 24 heures.",
      "Merci pour votre question. Le {item} est de bonne qualité, beaucoup de clients l'utilisent tous les jours.",
      "Bien sûr, je vous envoie toutes les infos sur le {item} tout de suite.",
    ],
    pt: [
      "Sim, o {item} está disponível e enviamos em 24 horas.",
      "Obrigado pela pergunta. O {item} é de boa qualidade, muitos clientes usam todos os dias.",
      "Claro, vou te mandar todas as informações do {item} agora.",
    ],
  },
  logistics: {
    es: [
      "Disculpe la espera. He revisado el seguimiento y el paquete está en camino.",
      "Su paquete está en aduana, normalmente tarda 2-3 días más.",
      "Le paso el nuevo número de seguimiento: {tracking}",
    ],
    de: [
      "Entschuldigen Sie die Wartezeit. Ich habe die Sendung geprüft, das Paket ist unterwegs.",
      "Ihr Paket ist gerade beim Zoll, das dauert normalerweise 2-3 Tage.",
      "Hier ist die neue Sendungsnummer: {tracking}",
    ],
    fr: [
      "Désolé pour l'attente. J'ai vérifié le suivi, le colis est en route.",
      "Votre colis est en cours de dédouanement, cela prend en général 2-3 jours.",
      "Voici le nouveau numéro de suivi : {tracking}",
    ],
    pt: [
      "Desculpe a demora. Verifiquei o rastreio e a encomenda está a caminho.",
      "Sua encomenda está na alfândega, normalmente leva mais 2-3 dias.",
      "Segue o novo código de rastreio: {tracking}",
    ],
  },
  aftersale: {
    es: [
      "Lo sentimos mucho. ¿Puede enviarnos una foto? Le mandamos uno nuevo o le devolvemos el dinero.",
      "Disculpe las molestias, ya he solicitado el reembolso.",
      "Lamento el problema con el {item}. Le enviamos un reemplazo hoy mismo.",
    ],
    de: [
      "Das tut uns sehr leid. Können Sie uns ein Foto schicken? Wir senden Ersatz oder erstatten den Betrag.",
      "Entschuldigen Sie die Unannehmlichkeiten, die Erstattung ist veranlasst.",
      "Tut mir leid mit dem {item}. Wir schicken heute noch Ersatz.",
    ],
    fr: [
      "Nous sommes vraiment désolés. Pouvez-vous nous envoyer une photo ? Nous vous renvoyons un article neuf ou nous vous remboursons.",
      "Désolé pour le désagrément, le remboursement est lancé.",
      "Désolé pour le problème avec le {item}. Nous vous envoyons un remplacement aujourd'hui.",
    ],
    pt: [
      "Sentimos muito. Pode nos mandar uma foto? Enviamos outro ou devolvemos o dinheiro.",
      "Desculpe o transtorno, já solicitei o reembolso.",
      "Sinto muito pelo problema com o {item}. Vamos enviar outro hoje mesmo.",
    ],
  },
  other: {
    es: [
      "Gracias por escribirnos. Lo consulto con mi equipo y le respondo hoy.",
      "Ahora mismo tenemos un 10 % de descuento con el código WELCOME10.",
      "Disculpe la espera, ya estoy revisando su caso.",
    ],
    de: [
      "Danke für Ihre Nachricht. Ich kläre das mit meinem Team und melde mich heute.",
      "Aktuell gibt es 10 % Rabatt mit dem Code WELCOME10.",
      "Entschuldigen Sie die Wartezeit, ich schaue mir Ihren Fall jetzt an.",
    ],
    fr: [
      "Merci pour votre message. Je vois avec mon équipe et je reviens vers vous aujourd'hui.",
      "En ce moment, il y a 10 % de réduction avec le code WELCOME10.",
      "Désolé pour l'attente, je regarde votre dossier maintenant.",
    ],
    pt: [
      "Obrigado pela mensagem. Vou verificar com a equipe e respondo hoje.",
      "No momento temos 10% de desconto com o cupom WELCOME10.",
      "Desculpe a demora, já estou olhando seu caso.",
    ],
  },
};

/** Short acknowledgements an agent sends in any conversation. */
export const ACKNOWLEDGEMENTS: PerLanguage<Phrases> = {
  en: ["Let me check that for you.", "Sure, one moment please.", "I have sent it to you, please check.", "Yes, that's right.", "No problem at all."],
  es: ["Déjeme comprobarlo.", "Un momento, por favor.", "Ya se lo he enviado, revise por favor.", "Sin problema."],
  de: ["Ich prüfe das für Sie.", "Einen Moment bitte.", "Ich habe es Ihnen geschickt, bitte schauen Sie nach.", "Kein Problem."],
  fr: ["Je vérifie pour vous.", "Un instant, s'il vous plaît.", "Je vous l'ai envoyé, merci de vérifier.", "Pas de souci."],
  pt: ["Vou verificar para você.", "Um momento, por favor.", "Já te enviei, confere por favor.", "Sem problemas."],
};

/** The agent's answer to a buyer's thanks. */
export const CLOSINGS: PerLanguage<Phrases> = {
  en: ["You're welcome! Have a nice day 😊", "My pleasure, let me know if you need anything else.", "Thank you for shopping with us!"],
  es: ["¡De nada! Que tenga un buen día 😊", "Un placer, aquí estamos para lo que necesite."],
  de: ["Gern geschehen! Einen schönen Tag noch 😊", "Sehr gerne, melden Sie sich bei Fragen jederzeit."],
  fr: ["Avec plaisir ! Bonne journée 😊", "Je vous en prie, n'hésitez pas si besoin."],
  pt: ["Por nada! Tenha um ótimo dia 😊", "Imagina, qualquer coisa é só chamar."],
};

/** Slot `{name}`: the buyer's first name. */
export const GREETINGS: PerLanguage<Phrases> = {
  en: ["Hi {name},", "Hello {name},", "Dear {name},", "Hi {name}!"],
  es: ["Hola {name},", "Buenos días, {name}:"],
  de: ["Hallo {name},", "Guten Tag {name},"],
  fr: ["Bonjour {name},", "Bonsoir {name},"],
  pt: ["Olá {name},", "Oi {name},"],
};

/** Slot `{agent}`: the name the agent signs with. */
export const SIGN_OFFS: PerLanguage<Phrases> = {
  en: ["Best, {agent}", "Kind regards,\n{agent}", "Thanks, {agent}", "Best regards,\n{agent} | Lumora Store"],
  es: ["Saludos, {agent}"],
  de: ["Viele Grüße, {agent}"],
  fr: ["Cordialement, {agent}"],
  pt: ["Abraços, {agent}"],
};

/** The auto-reply bot's instant acknowledgement, in the buyer's language. */
export const BOT_ACKNOWLEDGEMENTS: PerLanguage<Phrases> = {
  en: [
    "Thanks for your message! 🤖 We usually reply within a few hours (China time, UTC+8).",
    "Hi! We've received your message and an agent will get back to you soon.",
    "Auto-reply: our team is online Mon-Sat 9:00-03:00 (UTC+8). We'll answer as soon as possible.",
  ],
  es: [
    "¡Gracias por tu mensaje! 🤖 Solemos responder en pocas horas (hora de China, UTC+8).",
    "¡Hola! Hemos recibido tu mensaje y un agente te responderá pronto.",
    "Respuesta automática: nuestro equipo atiende de lunes a sábado de 9:00 a 3:00 (UTC+8).",
  ],
  de: [
    "Danke für Ihre Nachricht! 🤖 Wir antworten meist innerhalb weniger Stunden (China-Zeit, UTC+8).",
    "Hallo! Wir haben Ihre Nachricht erhalten, ein Mitarbeiter meldet sich bald.",
    "Automatische Antwort: Unser Team ist Mo-Sa von 9:00 bis 3:00 Uhr (UTC+8) erreichbar.",
  ],
  fr: [
    "Merci pour votre message ! 🤖 Nous répondons généralement sous quelques heures (heure de Chine, UTC+8).",
    "Bonjour ! Nous avons bien reçu votre message, un conseiller vous répondra bientôt.",
    "Réponse automatique : notre équipe est disponible du lundi au samedi de 9h à 3h (UTC+8).",
  ],
  pt: [
    "Obrigado pela mensagem! 🤖 Normalmente respondemos em poucas horas (horário da China, UTC+8).",
    "Olá! Recebemos sua mensagem e um atendente vai responder em breve.",
    "Resposta automática: nossa equipe atende de segunda a sábado, das 9h às 3h (UTC+8).",
  ],
};

/** What an agent logs for a voice or video call segment, after a "Call note:" prefix. */
export const CALL_NOTES: Readonly<Record<Scenario, Phrases>> = {
  presale: [
    "explained the size chart, buyer will probably order M.",
    "went through the features of the {item}, sent the product link afterwards.",
    "compared the colours of the {item}, buyer likes the navy one.",
  ],
  logistics: [
    "checked tracking together, parcel at the local depot, delivery expected in 2 days.",
    "explained the customs process, no extra fees expected.",
    "buyer worried about the delay, promised an update by email tomorrow.",
  ],
  aftersale: [
    "buyer showed the damage, replacement approved.",
    "agreed on a full refund, return label sent by email.",
    "troubleshooting for the {item}, a reset fixed the issue.",
  ],
  other: [
    "discussed bulk pricing, will send a quote by email.",
    "buyer upset about the waiting time, apologised and offered a 10% coupon.",
    "explained the invoice options, buyer will send company details.",
  ],
};

/** An agent writing first. Slots: `{name}`, `{item}`, `{order}`, `{tracking}`. */
export const OUTREACH_EN: Readonly<Record<Scenario, Phrases>> = {
  presale: [
    "Hi {name}, I saw you were looking at the {item}. Any questions I can help with?",
    "Hello {name}! The {item} you asked about is back in stock.",
  ],
  logistics: [
    "Hi {name}, your order {order} has shipped. Tracking: {tracking}",
    "Hello {name}, just a heads-up: your parcel {order} is delayed at the hub by 2-3 days.",
  ],
  aftersale: [
    "Hi {name}, how are you finding the {item}? If anything is wrong, just tell me.",
    "Hello {name}, we received your return for {order} and started the refund.",
  ],
  other: [
    "Hi {name}, thanks for your order! Here is a 10% coupon for next time: THANKS10.",
    "Hello {name}, we have a new promotion this week: 15% off everything.",
  ],
};
