import type { Phrases, PerLanguage } from "./languages";

/** Praise for 4- and 5-star reviews; a few use negation ("not bad at all") on purpose. */
export const PRAISE: PerLanguage<Phrases> = {
  en: [
    "Great quality, exactly as described.",
    "Arrived quickly and well packed.",
    "Love the {item}, works perfectly.",
    "I'm {very} happy with this purchase.",
    "Fits perfectly, true to size.",
    "Colour is exactly like the photos.",
    "Seller answered all my questions quickly, thank you!",
    "Not bad at all for the price.",
    "Second time ordering, never disappointed.",
    "Does the job, no complaints.",
    "Better than expected, would buy again.",
    "The {item} is {very} well made.",
  ],
  es: [
    "Muy buena calidad, tal como se describe.",
    "Llegó rápido y bien embalado.",
    "Me encanta el {item}, funciona perfecto.",
    "Compra {very} satisfactoria.",
    "Queda perfecto, talla correcta.",
    "El color es igual que en las fotos.",
    "El vendedor respondió rápido a todas mis preguntas, ¡gracias!",
    "Nada mal para el precio.",
    "Segunda vez que compro, nunca decepciona.",
    "Cumple su función, sin quejas.",
    "Mejor de lo esperado, volvería a comprar.",
    "El {item} está {very} bien hecho.",
  ],
  de: [
    "Tolle Qualität, genau wie beschrieben.",
    "Schnell angekommen und gut verpackt.",
    "Das {item} ist super, funktioniert einwandfrei.",
    "Bin {very} zufrieden mit dem Kauf.",
    "Passt perfekt, Größe stimmt.",
    "Farbe genau wie auf den Fotos.",
    "Der Verkäufer hat alle Fragen schnell beantwortet, danke!",
    "Für den Preis gar nicht schlecht.",
    "Schon die zweite Bestellung, nie enttäuscht.",
    "Erfüllt seinen Zweck, keine Beanstandungen.",
    "Besser als erwartet, würde wieder kaufen.",
    "Das {item} ist {very} gut verarbeitet.",
  ],
  fr: [
    "Très bonne qualité, conforme à la description.",
    "Arrivé rapidement et bien emballé.",
    "J'adore le {item}, il fonctionne parfaitement.",
    "Achat {very} satisfaisant.",
    "Taille parfaitement, conforme au guide.",
    "Couleur identique aux photos.",
    "Le vendeur a répondu vite à toutes mes questions, merci !",
    "Pas mal du tout pour le prix.",
    "Deuxième commande chez eux, rien à redire.",
    "Fait le job, rien à signaler.",
    "Mieux que prévu, je recommande.",
    "Le {item} est {very} bien fini.",
  ],
  pt: [
    "Ótima qualidade, exatamente como descrito.",
    "Chegou rápido e bem embalado.",
    "Amei o {item}, funciona perfeitamente.",
    "Compra {very} satisfatória.",
    "Serviu perfeitamente, tamanho certinho.",
    "A cor é igual à das fotos.",
    "O vendedor respondeu rápido todas as minhas dúvidas, obrigado!",
    "Nada mal pelo preço.",
    "Segunda compra na loja, nunca decepciona.",
    "Cumpre o que promete, sem reclamações.",
    "Melhor do que eu esperava, compraria de novo.",
    "O {item} é {very} bem acabado.",
  ],
};

/** Lukewarm 3-star texts: some mention a small problem without being a complaint. */
export const LUKEWARM: PerLanguage<Phrases> = {
  en: [
    "It's okay, nothing special.",
    "Not bad, but the quality could be better.",
    "Decent for the price, but delivery took a while.",
    "Works, though the instructions are confusing.",
    "Average. Does what it says.",
    "Nice design, a bit flimsy.",
  ],
  es: [
    "Está bien, nada especial.",
    "No está mal, pero la calidad podría ser mejor.",
    "Correcto por el precio, aunque el envío tardó.",
    "Funciona, aunque las instrucciones son confusas.",
    "Normalito. Hace lo que dice.",
    "Bonito diseño, un poco endeble.",
  ],
  de: [
    "Ganz okay, nichts Besonderes.",
    "Nicht schlecht, aber die Qualität könnte besser sein.",
    "Für den Preis in Ordnung, aber die Lieferung hat gedauert.",
    "Funktioniert, die Anleitung ist allerdings verwirrend.",
    "Durchschnitt. Tut, was es soll.",
    "Schönes Design, etwas wackelig.",
  ],
  fr: [
    "Correct, sans plus.",
    "Pas mal, mais la qualité pourrait être meilleure.",
    "Correct pour le prix, mais la livraison a pris du temps.",
    "Ça marche, même si la notice est confuse.",
    "Moyen. Fait ce qu'on lui demande.",
    "Joli design, un peu fragile.",
  ],
  pt: [
    "É ok, nada de especial.",
    "Não é ruim, mas a qualidade podia ser melhor.",
    "Razoável pelo preço, mas a entrega demorou.",
    "Funciona, apesar do manual confuso.",
    "Mediano. Faz o que promete.",
    "Design bonito, meio frágil.",
  ],
};

/** Optional first sentence of a complaint, before the theme itself. */
export const COMPLAINT_OPENERS: PerLanguage<Phrases> = {
  en: ["Ordered this as a gift.", "First order from this shop.", "Really wanted to like this.", "Bought the {item} for my son.", "Update:", "Honestly?"],
  es: ["Lo pedí para regalar.", "Primer pedido en esta tienda.", "De verdad quería que me gustara.", "Compré el {item} para mi hijo.", "Actualización:", "Sinceramente:"],
  de: ["Als Geschenk bestellt.", "Erste Bestellung in diesem Shop.", "Wollte es wirklich mögen.", "Das {item} war für meinen Sohn gedacht.", "Nachtrag:", "Ehrlich gesagt:"],
  fr: ["Commandé pour offrir.", "Première commande dans cette boutique.", "Je voulais vraiment l'aimer.", "J'ai acheté le {item} pour mon fils.", "Mise à jour :", "Franchement ?"],
  pt: ["Comprei para dar de presente.", "Primeira compra nessa loja.", "Queria muito gostar.", "Comprei o {item} para o meu filho.", "Atualização:", "Sinceramente?"],
};

export const COMPLAINT_CLOSERS: PerLanguage<Phrases> = {
  en: ["Would not recommend.", "Avoid.", "Never again.", "Very disappointed.", "Save your money.", "1 star because I can't give 0."],
  es: ["No lo recomiendo.", "Nunca más.", "Muy decepcionado.", "Qué decepción.", "Dinero tirado.", "Una estrella porque no se puede poner cero."],
  de: ["Keine Empfehlung.", "Finger weg!", "Nie wieder.", "Sehr enttäuscht.", "Spart euch das Geld.", "Ein Stern, weil null nicht geht."],
  fr: ["Je ne recommande pas.", "À fuir.", "Plus jamais.", "Très déçu.", "Gardez votre argent.", "Une étoile parce qu'on ne peut pas mettre zéro."],
  pt: ["Não recomendo.", "Nunca mais.", "Muito decepcionado.", "Que decepção.", "Dinheiro jogado fora.", "Uma estrela porque não dá para dar zero."],
};

export const PRAISE_CLOSERS: PerLanguage<Phrases> = {
  en: ["Recommended!", "Would buy again.", "Thanks!", "Happy customer."],
  es: ["¡Recomendado!", "¡Gracias!", "Repetiré.", "Genial."],
  de: ["Empfehlenswert!", "Gerne wieder.", "Danke!", "Top!"],
  fr: ["Je recommande !", "Merci !", "Parfait.", "Top !"],
  pt: ["Recomendo!", "Obrigado!", "Compraria de novo.", "Top!"],
};

export type ReviewTone = "negative" | "lukewarm" | "positive";

export const REVIEW_TITLES: Readonly<Record<ReviewTone, PerLanguage<Phrases>>> = {
  negative: {
    en: ["Disappointed", "Not as described", "Terrible experience", "Don't buy"],
    es: ["Decepcionado", "No es como se describe", "Mala experiencia", "No lo compréis"],
    de: ["Enttäuscht", "Nicht wie beschrieben", "Ärgerlich", "Finger weg"],
    fr: ["Déçu", "Non conforme", "Mauvaise expérience", "À éviter"],
    pt: ["Decepcionado", "Não é como descrito", "Péssima experiência", "Não comprem"],
  },
  lukewarm: {
    en: ["Okay", "Average", "It's fine"],
    es: ["Normal", "Regular", "Está bien"],
    de: ["Okay", "Geht so", "Mittelmaß"],
    fr: ["Correct", "Moyen", "Bof"],
    pt: ["Ok", "Mediano", "Razoável"],
  },
  positive: {
    en: ["Great buy", "Love it", "Five stars", "Very good"],
    es: ["Muy buena compra", "Me encanta", "Cinco estrellas", "Genial"],
    de: ["Toller Kauf", "Super", "Fünf Sterne", "Sehr gut"],
    fr: ["Super achat", "J'adore", "Cinq étoiles", "Très bien"],
    pt: ["Ótima compra", "Amei", "Cinco estrelas", "Muito bom"],
  },
};

export const REVIEW_EMOJI: Readonly<Record<ReviewTone, Phrases>> = {
  negative: ["😡", "👎", "😞", "🤬", "😤"],
  lukewarm: ["🤷", "😐"],
  positive: ["👍", "😍", "⭐️", "🙌", "😊"],
};
