import type { Scenario } from "../../ingest/records";
import type { PerLanguage } from "./languages";

/** A buyer's question in the middle of a conversation and the agent's answer to it. */
export interface Exchange {
  buyer: PerLanguage<string>;
  /** In the agent's language: English mostly, the buyer's when the agent switches. Slot: `{link}`. */
  agent: PerLanguage<string>;
}

/** Follow-up questions per scenario, each with its answer, so conversations read as conversations. */
export const EXCHANGES: Readonly<Record<Scenario, readonly Exchange[]>> = {
  presale: [
    {
      buyer: {
        en: "Ok, and how long is delivery?",
        es: "Vale, ¿y cuánto tarda el envío?",
        de: "Okay, und wie lange dauert die Lieferung?",
        fr: "Ok, et la livraison prend combien de temps ?",
        pt: "Ok, e quanto tempo demora a entrega?",
      },
      agent: {
        en: "Delivery to your country takes about 7-12 days.",
        es: "El envío a tu país tarda unos 7-12 días.",
        de: "Die Lieferung zu Ihnen dauert etwa 7-12 Tage.",
        fr: "La livraison chez vous prend environ 7 à 12 jours.",
        pt: "A entrega para o seu país leva cerca de 7 a 12 dias.",
      },
    },
    {
      buyer: {
        en: "Does it come with a warranty?",
        es: "¿Tiene garantía?",
        de: "Gibt es Garantie?",
        fr: "Il y a une garantie ?",
        pt: "Tem garantia?",
      },
      agent: {
        en: "Yes, it comes with a 12-month warranty.",
        es: "Sí, tiene 12 meses de garantía.",
        de: "Ja, es gibt 12 Monate Garantie.",
        fr: "Oui, il est garanti 12 mois.",
        pt: "Sim, tem 12 meses de garantia.",
      },
    },
    {
      buyer: {
        en: "Great, is it available in other colours?",
        es: "Genial, ¿hay otros colores?",
        de: "Super, gibt es das auch in anderen Farben?",
        fr: "Super, il existe dans d'autres couleurs ?",
        pt: "Ótimo, tem em outras cores?",
      },
      agent: {
        en: "Yes, it's also available in grey and navy.",
        es: "Sí, también está en gris y azul marino.",
        de: "Ja, es gibt es auch in Grau und Marineblau.",
        fr: "Oui, il existe aussi en gris et bleu marine.",
        pt: "Sim, também tem cinza e azul-marinho.",
      },
    },
    {
      buyer: {
        en: "Thanks. Can I still change the size after ordering?",
        es: "Gracias. ¿Puedo cambiar la talla después de pedir?",
        de: "Danke. Kann ich die Größe nach der Bestellung noch ändern?",
        fr: "Merci. Je peux encore changer la taille après avoir commandé ?",
        pt: "Obrigado. Posso trocar o tamanho depois de comprar?",
      },
      agent: {
        en: "Yes, just message us before it ships (usually within 24 hours).",
        es: "Sí, escríbenos antes de que se envíe (normalmente en 24 horas).",
        de: "Ja, schreiben Sie uns einfach vor dem Versand (meist innerhalb von 24 Stunden).",
        fr: "Oui, écrivez-nous avant l'expédition (en général sous 24 heures).",
        pt: "Sim, é só nos avisar antes do envio (normalmente em 24 horas).",
      },
    },
  ],
  logistics: [
    {
      buyer: {
        en: "It still shows the same status.",
        es: "Sigue apareciendo el mismo estado.",
        de: "Da steht immer noch derselbe Status.",
        fr: "Ça affiche toujours le même statut.",
        pt: "Continua com o mesmo status.",
      },
      agent: {
        en: "I have asked the carrier to check, I'll update you tomorrow.",
        es: "He pedido a la paquetería que lo revise, mañana le informo.",
        de: "Ich habe den Versanddienst um Prüfung gebeten und melde mich morgen.",
        fr: "J'ai demandé au transporteur de vérifier, je vous tiens au courant demain.",
        pt: "Pedi para a transportadora verificar, amanhã te dou um retorno.",
      },
    },
    {
      buyer: {
        en: "Can you send me the tracking link?",
        es: "¿Me mandan el enlace de seguimiento?",
        de: "Können Sie mir den Tracking-Link schicken?",
        fr: "Vous pouvez m'envoyer le lien de suivi ?",
        pt: "Podem me mandar o link de rastreio?",
      },
      agent: {
        en: "Here is the tracking link: {link}",
        es: "Aquí tiene el enlace de seguimiento: {link}",
        de: "Hier ist der Tracking-Link: {link}",
        fr: "Voici le lien de suivi : {link}",
        pt: "Segue o link de rastreio: {link}",
      },
    },
    {
      buyer: {
        en: "So when will it arrive exactly?",
        es: "¿Y cuándo llega exactamente?",
        de: "Und wann genau kommt es an?",
        fr: "Et il arrive quand exactement ?",
        pt: "E chega quando exatamente?",
      },
      agent: {
        en: "It should arrive within 3-5 business days.",
        es: "Debería llegar en 3-5 días hábiles.",
        de: "Es sollte in 3-5 Werktagen ankommen.",
        fr: "Il devrait arriver sous 3 à 5 jours ouvrés.",
        pt: "Deve chegar em 3 a 5 dias úteis.",
      },
    },
    {
      buyer: {
        en: "Ok, I'll wait a few more days.",
        es: "Vale, esperaré unos días más.",
        de: "Okay, ich warte noch ein paar Tage.",
        fr: "D'accord, j'attends encore quelques jours.",
        pt: "Ok, vou esperar mais alguns dias.",
      },
      agent: {
        en: "Thank you for your patience, I'll keep an eye on it.",
        es: "Gracias por su paciencia, lo sigo de cerca.",
        de: "Danke für Ihre Geduld, ich behalte es im Blick.",
        fr: "Merci de votre patience, je garde un œil dessus.",
        pt: "Obrigado pela paciência, vou acompanhando.",
      },
    },
  ],
  aftersale: [
    {
      buyer: {
        en: "I've attached the photos.",
        es: "Ya adjunté las fotos.",
        de: "Fotos sind im Anhang.",
        fr: "J'ai joint les photos.",
        pt: "Já anexei as fotos.",
      },
      agent: {
        en: "Thank you for the photos, I've approved the replacement.",
        es: "Gracias por las fotos, ya he aprobado el reemplazo.",
        de: "Danke für die Fotos, der Ersatz ist freigegeben.",
        fr: "Merci pour les photos, j'ai validé le remplacement.",
        pt: "Obrigado pelas fotos, já aprovei a troca.",
      },
    },
    {
      buyer: {
        en: "I'd prefer a refund, not a replacement.",
        es: "Prefiero el reembolso, no un cambio.",
        de: "Mir wäre eine Erstattung lieber als ein Ersatz.",
        fr: "Je préfère un remboursement plutôt qu'un échange.",
        pt: "Prefiro o reembolso, não a troca.",
      },
      agent: {
        en: "No problem, the refund is processed; it can take 5-7 business days to show up.",
        es: "Sin problema, el reembolso está tramitado; puede tardar 5-7 días hábiles en verse.",
        de: "Kein Problem, die Erstattung ist veranlasst; sie kann 5-7 Werktage dauern.",
        fr: "Pas de souci, le remboursement est lancé ; il peut apparaître sous 5 à 7 jours ouvrés.",
        pt: "Sem problemas, o reembolso foi processado; pode levar 5 a 7 dias úteis para aparecer.",
      },
    },
    {
      buyer: {
        en: "Do I have to pay for the return shipping?",
        es: "¿Tengo que pagar yo el envío de la devolución?",
        de: "Muss ich die Rücksendung selbst bezahlen?",
        fr: "Je dois payer le retour moi-même ?",
        pt: "Tenho que pagar o frete da devolução?",
      },
      agent: {
        en: "No, we will send you a prepaid return label.",
        es: "No, le enviamos una etiqueta de devolución prepagada.",
        de: "Nein, wir schicken Ihnen ein frankiertes Rücksendeetikett.",
        fr: "Non, nous vous envoyons une étiquette de retour prépayée.",
        pt: "Não, vamos enviar uma etiqueta de devolução pré-paga.",
      },
    },
    {
      buyer: {
        en: "How long until the new one arrives?",
        es: "¿Cuánto tarda en llegar el nuevo?",
        de: "Wie lange dauert es, bis der Ersatz da ist?",
        fr: "Combien de temps avant de recevoir le nouveau ?",
        pt: "Quanto tempo para chegar o novo?",
      },
      agent: {
        en: "The new one ships today and takes about a week.",
        es: "El nuevo sale hoy y tarda más o menos una semana.",
        de: "Der Ersatz geht heute raus und braucht etwa eine Woche.",
        fr: "Le nouveau part aujourd'hui et met environ une semaine.",
        pt: "O novo sai hoje e leva mais ou menos uma semana.",
      },
    },
    {
      buyer: {
        en: "This is unacceptable, I want my money back.",
        es: "Esto es inaceptable, quiero mi dinero.",
        de: "Das ist inakzeptabel, ich will mein Geld zurück.",
        fr: "C'est inadmissible, je veux récupérer mon argent.",
        pt: "Isso é inaceitável, quero meu dinheiro de volta.",
      },
      agent: {
        en: "I understand, and I'm sorry. I have started a full refund.",
        es: "Lo entiendo y lo siento. Ya he iniciado el reembolso completo.",
        de: "Das verstehe ich, es tut mir leid. Ich habe die volle Erstattung veranlasst.",
        fr: "Je comprends, et j'en suis désolé. J'ai lancé un remboursement complet.",
        pt: "Entendo, sinto muito. Já iniciei o reembolso total.",
      },
    },
  ],
  other: [
    {
      buyer: {
        en: "Ok, let me know.",
        es: "Vale, me avisan.",
        de: "Okay, geben Sie mir Bescheid.",
        fr: "D'accord, tenez-moi au courant.",
        pt: "Ok, me avisem.",
      },
      agent: {
        en: "I'll ask my manager and get back to you.",
        es: "Lo consulto con mi responsable y le digo algo.",
        de: "Ich frage meine Teamleitung und melde mich.",
        fr: "Je demande à mon responsable et je reviens vers vous.",
        pt: "Vou falar com meu gerente e te retorno.",
      },
    },
    {
      buyer: {
        en: "Can you tell me by tomorrow?",
        es: "¿Me pueden decir algo mañana?",
        de: "Können Sie mir bis morgen Bescheid geben?",
        fr: "Vous pouvez me répondre d'ici demain ?",
        pt: "Podem me responder até amanhã?",
      },
      agent: {
        en: "Yes, you will have an answer by tomorrow.",
        es: "Sí, mañana tendrá una respuesta.",
        de: "Ja, bis morgen haben Sie eine Antwort.",
        fr: "Oui, vous aurez une réponse d'ici demain.",
        pt: "Sim, até amanhã você terá uma resposta.",
      },
    },
    {
      buyer: {
        en: "Is there anyone else I can talk to?",
        es: "¿Hay alguien más con quien pueda hablar?",
        de: "Kann ich mit jemand anderem sprechen?",
        fr: "Je peux parler à quelqu'un d'autre ?",
        pt: "Tem outra pessoa com quem eu possa falar?",
      },
      agent: {
        en: "I've passed your request to my supervisor, who will contact you.",
        es: "He pasado su solicitud a mi supervisora, que se pondrá en contacto con usted.",
        de: "Ich habe Ihr Anliegen an meine Vorgesetzte weitergegeben, sie meldet sich bei Ihnen.",
        fr: "J'ai transmis votre demande à ma responsable, qui vous contactera.",
        pt: "Passei seu pedido para minha supervisora, que vai entrar em contato.",
      },
    },
    {
      buyer: {
        en: "Alright, I'll wait for your answer.",
        es: "De acuerdo, espero su respuesta.",
        de: "Gut, ich warte auf Ihre Antwort.",
        fr: "Bon, j'attends votre réponse.",
        pt: "Tudo bem, aguardo a resposta.",
      },
      agent: {
        en: "Thank you, talk soon.",
        es: "Gracias, hablamos pronto.",
        de: "Danke, bis bald.",
        fr: "Merci, à bientôt.",
        pt: "Obrigado, até breve.",
      },
    },
  ],
};
