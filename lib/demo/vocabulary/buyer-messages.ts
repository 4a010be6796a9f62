import type { Topic } from "../topics";
import type { Phrases, PerLanguage } from "./languages";

/**
 * A buyer's first message per topic. Slots: `{item}` (product noun), `{order}` (order number),
 * `{days}`.
 */
export const BUYER_OPENERS: Readonly<Record<Topic, PerLanguage<Phrases>>> = {
  presale_size: {
    en: [
      "Hi, what size should I take for the {item}? I'm 175 cm and usually wear M.",
      "Does the {item} run true to size? I'm between M and L.",
      "Can you send me the size chart for the {item}? 🙏",
    ],
    es: [
      "Hola, ¿qué talla me recomiendas para el {item}? Mido 165 cm y normalmente uso la M.",
      "¿El {item} es de talla normal o pequeña? Dudo entre M y L.",
      "¿Me pasas la tabla de tallas del {item}? 🙏",
    ],
    de: [
      "Hallo, welche Größe empfehlen Sie beim {item}? Ich bin 1,80 m und trage sonst L.",
      "Fällt das {item} normal aus? Ich schwanke zwischen M und L.",
      "Können Sie mir die Größentabelle für das {item} schicken? 🙏",
    ],
    fr: [
      "Bonjour, quelle taille me conseillez-vous pour le {item} ? Je mesure 1m70 et je fais du M d'habitude.",
      "Le {item} taille normalement ? J'hésite entre M et L.",
      "Vous pouvez m'envoyer le guide des tailles du {item} ? 🙏",
    ],
    pt: [
      "Oi, qual tamanho você recomenda para o {item}? Tenho 1,68 m e normalmente uso M.",
      "O {item} veste normal ou pequeno? Estou em dúvida entre M e G.",
      "Pode me mandar a tabela de medidas do {item}? 🙏",
    ],
  },
  presale_material: {
    en: [
      "What is the {item} made of exactly? Does it feel cheap?",
      "How is the quality of the {item}? Will it last?",
      "Is the {item} as solid as it looks in the photos?",
    ],
    es: [
      "¿De qué material está hecho el {item}? ¿Es de buena calidad?",
      "¿Qué tal la calidad del {item}? ¿Aguanta el uso diario?",
      "¿El {item} es tan resistente como parece en las fotos?",
    ],
    de: [
      "Aus welchem Material ist das {item}? Ist die Qualität gut?",
      "Wie ist die Verarbeitung beim {item}? Hält das im Alltag?",
      "Ist das {item} so stabil, wie es auf den Fotos aussieht?",
    ],
    fr: [
      "Le {item} est fait en quelle matière ? La qualité est bonne ?",
      "Il vaut quoi niveau qualité, ce {item} ? Il tient dans le temps ?",
      "Le {item} est aussi solide qu'il en a l'air sur les photos ?",
    ],
    pt: [
      "De que material é feito o {item}? A qualidade é boa?",
      "Como é a qualidade do {item}? Aguenta uso diário?",
      "O {item} é tão resistente quanto parece nas fotos?",
    ],
  },
  presale_usage: {
    en: [
      "How do I use the {item}? Is there an app?",
      "Does the {item} work with both iPhone and Android?",
      "Is the {item} easy to set up? I'm not very technical 😅",
    ],
    es: [
      "¿Cómo se usa el {item}? ¿Necesita alguna app?",
      "¿El {item} funciona con iPhone y Android?",
      "¿Es fácil configurar el {item}? No se me da bien la tecnología 😅",
    ],
    de: [
      "Wie benutzt man das {item}? Braucht man eine App?",
      "Funktioniert das {item} mit iPhone und Android?",
      "Ist das {item} einfach einzurichten? Bin technisch nicht so fit 😅",
    ],
    fr: [
      "Comment on utilise le {item} ? Il faut une appli ?",
      "Le {item} marche avec iPhone et Android ?",
      "Le {item} est facile à installer ? Je ne m'y connais pas trop en technique 😅",
    ],
    pt: [
      "Como usa o {item}? Precisa de aplicativo?",
      "O {item} funciona com iPhone e Android?",
      "É fácil configurar o {item}? Não manjo muito de tecnologia 😅",
    ],
  },
  presale_stock: {
    en: [
      "Is the {item} in stock in black? When can you ship it?",
      "Hi, will the {item} be restocked soon?",
      "Do you have 3 of the {item} available? I need them before the 20th.",
    ],
    es: [
      "¿Hay stock del {item} en negro? ¿Cuándo se envía?",
      "Hola, ¿volverá a estar disponible el {item} pronto?",
      "¿Tienen 3 unidades del {item}? Las necesito antes del día 20.",
    ],
    de: [
      "Ist das {item} in Schwarz auf Lager? Wann können Sie es verschicken?",
      "Hallo, kommt das {item} bald wieder rein?",
      "Haben Sie 3 Stück vom {item}? Ich brauche sie vor dem 20.",
    ],
    fr: [
      "Le {item} est disponible en noir ? Vous pouvez l'expédier quand ?",
      "Bonjour, le {item} sera bientôt de nouveau en stock ?",
      "Vous avez 3 exemplaires du {item} ? J'en ai besoin avant le 20.",
    ],
    pt: [
      "Tem o {item} na cor preta? Quando vocês enviam?",
      "Oi, o {item} volta ao estoque logo?",
      "Vocês têm 3 unidades do {item}? Preciso antes do dia 20.",
    ],
  },
  presale_price: {
    en: [
      "Does the price of the {item} include shipping?",
      "Any discount if I buy two?",
      "I saw the {item} cheaper on another site, can you match the price?",
    ],
    es: [
      "¿El precio del {item} incluye el envío?",
      "¿Hay descuento si compro dos?",
      "Vi el {item} más barato en otra web, ¿pueden igualar el precio?",
    ],
    de: [
      "Ist der Versand im Preis für das {item} enthalten?",
      "Gibt es Rabatt, wenn ich zwei nehme?",
      "Ich habe das {item} woanders günstiger gesehen, können Sie preislich mitgehen?",
    ],
    fr: [
      "Le prix du {item} comprend la livraison ?",
      "Une remise si j'en prends deux ?",
      "J'ai vu le {item} moins cher ailleurs, vous pouvez vous aligner ?",
    ],
    pt: [
      "O preço do {item} já inclui o frete?",
      "Tem desconto se eu levar dois?",
      "Vi o {item} mais barato em outro site, vocês cobrem o preço?",
    ],
  },
  logistics_where: {
    en: [
      "Where is my parcel? Order {order}, it's been {days} days.",
      "Hi, I still haven't received my order {order}. Can you check?",
      "My order {order} was supposed to arrive last week. Where is it??",
    ],
    es: [
      "¿Dónde está mi paquete? Pedido {order}, ya van {days} días.",
      "Hola, todavía no he recibido mi pedido {order}. ¿Pueden revisarlo?",
      "Mi pedido {order} tenía que llegar la semana pasada. ¿¿Dónde está??",
    ],
    de: [
      "Wo ist mein Paket? Bestellung {order}, schon {days} Tage her.",
      "Hallo, meine Bestellung {order} ist immer noch nicht da. Können Sie nachsehen?",
      "Meine Bestellung {order} sollte letzte Woche kommen. Wo bleibt sie??",
    ],
    fr: [
      "Où est mon colis ? Commande {order}, ça fait {days} jours.",
      "Bonjour, je n'ai toujours pas reçu ma commande {order}. Vous pouvez vérifier ?",
      "Ma commande {order} devait arriver la semaine dernière. Elle est où ??",
    ],
    pt: [
      "Cadê minha encomenda? Pedido {order}, já são {days} dias.",
      "Oi, ainda não recebi meu pedido {order}. Podem verificar?",
      "Meu pedido {order} era para chegar semana passada. Onde está??",
    ],
  },
  logistics_customs: {
    en: [
      "My parcel is stuck at customs. Do I have to pay something?",
      "The courier is asking me for import fees on order {order}. Is that normal?",
      "Will I have to pay customs duties if I order the {item}?",
    ],
    es: [
      "Mi paquete está retenido en aduana. ¿Tengo que pagar algo?",
      "La mensajería me pide pagar impuestos por el pedido {order}. ¿Es normal?",
      "¿Tendré que pagar aduana si pido el {item}?",
    ],
    de: [
      "Mein Paket hängt beim Zoll fest. Muss ich etwas bezahlen?",
      "Der Paketdienst will Einfuhrgebühren für Bestellung {order}. Ist das normal?",
      "Muss ich Zoll zahlen, wenn ich das {item} bestelle?",
    ],
    fr: [
      "Mon colis est bloqué à la douane. Je dois payer quelque chose ?",
      "Le transporteur me réclame des frais d'importation pour la commande {order}. C'est normal ?",
      "Est-ce que je vais payer des frais de douane si je commande le {item} ?",
    ],
    pt: [
      "Minha encomenda está parada na alfândega. Preciso pagar alguma coisa?",
      "Estão cobrando taxa de importação do pedido {order}. É normal?",
      "Vou ter que pagar imposto se comprar o {item}?",
    ],
  },
  logistics_tracking: {
    en: [
      "Tracking hasn't updated in {days} days, is my parcel lost?",
      "The tracking number for {order} doesn't work on the carrier's site.",
      "Tracking still says 'label created'. Has it actually shipped?",
    ],
    es: [
      "El seguimiento no se actualiza desde hace {days} días, ¿se ha perdido el paquete?",
      "El número de seguimiento del pedido {order} no funciona en la web de la paquetería.",
      "El seguimiento sigue diciendo «etiqueta creada». ¿De verdad se ha enviado?",
    ],
    de: [
      "Die Sendungsverfolgung hat sich seit {days} Tagen nicht bewegt, ist das Paket verloren?",
      "Die Trackingnummer zu {order} funktioniert auf der Seite des Versanddienstes nicht.",
      "Im Tracking steht immer noch „Label erstellt“. Wurde es überhaupt verschickt?",
    ],
    fr: [
      "Le suivi n'a pas bougé depuis {days} jours, mon colis est perdu ?",
      "Le numéro de suivi de la commande {order} ne marche pas sur le site du transporteur.",
      "Le suivi indique toujours « étiquette créée ». Il est vraiment parti ?",
    ],
    pt: [
      "O rastreio não atualiza há {days} dias, minha encomenda se perdeu?",
      "O código de rastreio do pedido {order} não funciona no site da transportadora.",
      "O rastreio continua \"etiqueta emitida\". Foi enviado mesmo?",
    ],
  },
  logistics_delivery_time: {
    en: [
      "How long does shipping usually take?",
      "If I order the {item} today, will it arrive before the 24th?",
      "Do you have express shipping? I need it within a week.",
    ],
    es: [
      "¿Cuánto tarda normalmente el envío?",
      "Si pido el {item} hoy, ¿llega antes del día 24?",
      "¿Tienen envío exprés? Lo necesito en una semana.",
    ],
    de: [
      "Wie lange dauert der Versand normalerweise?",
      "Wenn ich das {item} heute bestelle, ist es vor dem 24. da?",
      "Gibt es Expressversand? Ich brauche es innerhalb einer Woche.",
    ],
    fr: [
      "Combien de temps prend la livraison en général ?",
      "Si je commande le {item} aujourd'hui, il arrive avant le 24 ?",
      "Vous avez une livraison express ? J'en ai besoin sous une semaine.",
    ],
    pt: [
      "Quanto tempo demora a entrega normalmente?",
      "Se eu comprar o {item} hoje, chega antes do dia 24?",
      "Vocês têm envio expresso? Preciso em uma semana.",
    ],
  },
  aftersale_damaged: {
    en: [
      "The {item} arrived broken 😡 The box was crushed. What now?",
      "Hi, my order {order} came damaged, there's a crack in it.",
      "Received the {item} today and it's scratched and dented.",
    ],
    es: [
      "El {item} llegó roto 😡 La caja venía aplastada. ¿Y ahora qué?",
      "Hola, mi pedido {order} llegó dañado, tiene una grieta.",
      "Hoy recibí el {item} y viene rayado y abollado.",
    ],
    de: [
      "Das {item} ist kaputt angekommen 😡 Der Karton war zerdrückt. Was jetzt?",
      "Hallo, meine Bestellung {order} kam beschädigt an, da ist ein Riss drin.",
      "Habe das {item} heute bekommen, es ist zerkratzt und verbeult.",
    ],
    fr: [
      "Le {item} est arrivé cassé 😡 Le carton était écrasé. Je fais quoi ?",
      "Bonjour, ma commande {order} est arrivée abîmée, il y a une fissure.",
      "Reçu le {item} aujourd'hui, il est rayé et cabossé.",
    ],
    pt: [
      "O {item} chegou quebrado 😡 A caixa veio amassada. E agora?",
      "Oi, meu pedido {order} chegou danificado, tem uma rachadura.",
      "Recebi o {item} hoje e veio arranhado e amassado.",
    ],
  },
  aftersale_wrong_colour: {
    en: [
      "I ordered black but received the {item} in grey.",
      "The colour of the {item} is totally different from the photos.",
      "Wrong colour sent for order {order}, I wanted the blue one.",
    ],
    es: [
      "Pedí negro pero me llegó el {item} en gris.",
      "El color del {item} es totalmente distinto al de las fotos.",
      "Me enviaron el color equivocado en el pedido {order}, yo quería el azul.",
    ],
    de: [
      "Ich habe Schwarz bestellt, aber das {item} in Grau bekommen.",
      "Die Farbe vom {item} ist ganz anders als auf den Fotos.",
      "Falsche Farbe geliefert bei Bestellung {order}, ich wollte Blau.",
    ],
    fr: [
      "J'ai commandé du noir mais j'ai reçu le {item} en gris.",
      "La couleur du {item} n'a rien à voir avec les photos.",
      "Mauvaise couleur envoyée pour la commande {order}, je voulais le bleu.",
    ],
    pt: [
      "Pedi preto, mas recebi o {item} cinza.",
      "A cor do {item} é totalmente diferente das fotos.",
      "Mandaram a cor errada no pedido {order}, eu queria o azul.",
    ],
  },
  aftersale_wrong_size: {
    en: [
      "The {item} is way too small, I need to exchange it for an L.",
      "I got size S instead of the M I ordered.",
      "Your size chart is wrong, the {item} doesn't fit at all.",
    ],
    es: [
      "El {item} me queda muy pequeño, necesito cambiarlo por una L.",
      "Me llegó la talla S en vez de la M que pedí.",
      "La tabla de tallas está mal, el {item} no me queda nada.",
    ],
    de: [
      "Das {item} ist viel zu klein, ich muss es gegen L umtauschen.",
      "Ich habe Größe S statt der bestellten M bekommen.",
      "Ihre Größentabelle stimmt nicht, das {item} passt überhaupt nicht.",
    ],
    fr: [
      "Le {item} est beaucoup trop petit, je dois l'échanger contre un L.",
      "J'ai reçu du S au lieu du M commandé.",
      "Votre guide des tailles est faux, le {item} ne me va pas du tout.",
    ],
    pt: [
      "O {item} ficou pequeno demais, preciso trocar por G.",
      "Recebi tamanho P em vez do M que pedi.",
      "A tabela de medidas está errada, o {item} não serviu.",
    ],
  },
  aftersale_missing_item: {
    en: [
      "My order {order} arrived but one item is missing.",
      "The box only had the {item}, where is the rest of my order?",
      "Parts are missing from the {item}, I can't use it like this.",
    ],
    es: [
      "Mi pedido {order} llegó pero falta un artículo.",
      "En la caja solo venía el {item}, ¿dónde está el resto del pedido?",
      "Faltan piezas del {item}, así no lo puedo usar.",
    ],
    de: [
      "Bestellung {order} ist da, aber ein Artikel fehlt.",
      "Im Karton war nur das {item}, wo ist der Rest meiner Bestellung?",
      "Beim {item} fehlen Teile, so kann ich es nicht benutzen.",
    ],
    fr: [
      "Ma commande {order} est arrivée mais il manque un article.",
      "Il n'y avait que le {item} dans le carton, où est le reste de ma commande ?",
      "Il manque des pièces au {item}, je ne peux pas l'utiliser comme ça.",
    ],
    pt: [
      "Meu pedido {order} chegou, mas está faltando um item.",
      "Na caixa só veio o {item}, cadê o resto do pedido?",
      "Estão faltando peças do {item}, não dá para usar assim.",
    ],
  },
  aftersale_defective: {
    en: [
      "The {item} stopped working after {days} days.",
      "My {item} won't turn on anymore, I've tried charging it overnight.",
      "The {item} keeps cutting out, I think it's defective.",
    ],
    es: [
      "El {item} dejó de funcionar a los {days} días.",
      "Mi {item} ya no enciende, lo dejé cargando toda la noche.",
      "El {item} falla todo el rato, creo que viene defectuoso.",
    ],
    de: [
      "Das {item} funktioniert nach {days} Tagen nicht mehr.",
      "Mein {item} lässt sich nicht mehr einschalten, habe es über Nacht geladen.",
      "Das {item} fällt ständig aus, ich glaube, es ist defekt.",
    ],
    fr: [
      "Le {item} ne marche plus au bout de {days} jours.",
      "Mon {item} ne s'allume plus, je l'ai laissé charger toute la nuit.",
      "Le {item} se coupe sans arrêt, je pense qu'il est défectueux.",
    ],
    pt: [
      "O {item} parou de funcionar depois de {days} dias.",
      "Meu {item} não liga mais, deixei carregando a noite toda.",
      "O {item} fica desligando sozinho, acho que veio com defeito.",
    ],
  },
  aftersale_refund: {
    en: [
      "I want to return the {item} and get a refund.",
      "I sent the {item} back {days} days ago, when will I get my money?",
      "How do I return order {order}? It's not what I expected.",
    ],
    es: [
      "Quiero devolver el {item} y que me reembolsen.",
      "Devolví el {item} hace {days} días, ¿cuándo me devuelven el dinero?",
      "¿Cómo devuelvo el pedido {order}? No es lo que esperaba.",
    ],
    de: [
      "Ich möchte das {item} zurückgeben und mein Geld zurück.",
      "Ich habe das {item} vor {days} Tagen zurückgeschickt, wann bekomme ich mein Geld?",
      "Wie kann ich Bestellung {order} zurückschicken? Ist nicht das, was ich erwartet habe.",
    ],
    fr: [
      "Je veux renvoyer le {item} et me faire rembourser.",
      "J'ai renvoyé le {item} il y a {days} jours, quand est-ce que je récupère mon argent ?",
      "Comment je retourne la commande {order} ? Ce n'est pas ce que j'attendais.",
    ],
    pt: [
      "Quero devolver o {item} e receber o reembolso.",
      "Devolvi o {item} há {days} dias, quando vou receber meu dinheiro?",
      "Como faço para devolver o pedido {order}? Não é o que eu esperava.",
    ],
  },
  other_discount: {
    en: ["Do you have any coupon codes? 😊", "Is there a discount for first-time buyers?", "Will there be a Black Friday sale?"],
    es: ["¿Tienen algún cupón de descuento? 😊", "¿Hay descuento para la primera compra?", "¿Van a tener ofertas en Black Friday?"],
    de: ["Haben Sie einen Gutscheincode? 😊", "Gibt es Rabatt für Neukunden?", "Gibt es einen Black-Friday-Sale?"],
    fr: ["Vous avez un code promo ? 😊", "Il y a une réduction pour une première commande ?", "Vous ferez des promos pour le Black Friday ?"],
    pt: ["Vocês têm algum cupom de desconto? 😊", "Tem desconto na primeira compra?", "Vai ter promoção de Black Friday?"],
  },
  other_invoice: {
    en: [
      "Can I get an invoice with my company name for order {order}?",
      "I need a VAT invoice for my order, please.",
      "Can you change the name on the invoice for {order}?",
    ],
    es: [
      "¿Me pueden hacer una factura a nombre de mi empresa para el pedido {order}?",
      "Necesito una factura con IVA de mi pedido, por favor.",
      "¿Pueden cambiar el nombre en la factura del pedido {order}?",
    ],
    de: [
      "Kann ich für Bestellung {order} eine Rechnung auf meine Firma bekommen?",
      "Ich brauche bitte eine Rechnung mit ausgewiesener MwSt.",
      "Können Sie den Namen auf der Rechnung zu {order} ändern?",
    ],
    fr: [
      "Je peux avoir une facture au nom de ma société pour la commande {order} ?",
      "J'ai besoin d'une facture avec TVA pour ma commande, s'il vous plaît.",
      "Vous pouvez modifier le nom sur la facture de la commande {order} ?",
    ],
    pt: [
      "Consigo uma nota fiscal no nome da minha empresa para o pedido {order}?",
      "Preciso de uma fatura com os impostos do meu pedido, por favor.",
      "Podem mudar o nome na nota do pedido {order}?",
    ],
  },
  other_wholesale: {
    en: [
      "Do you sell the {item} wholesale? I'd need about 200.",
      "I run a small shop, can we talk about bulk prices?",
      "Can you put our logo on the {item}?",
    ],
    es: [
      "¿Venden el {item} al por mayor? Necesitaría unas 200 unidades.",
      "Tengo una tienda pequeña, ¿podemos hablar de precios por volumen?",
      "¿Pueden poner nuestro logo en el {item}?",
    ],
    de: [
      "Verkaufen Sie das {item} auch im Großhandel? Ich bräuchte etwa 200 Stück.",
      "Ich habe einen kleinen Laden, können wir über Mengenpreise sprechen?",
      "Können Sie unser Logo auf das {item} drucken?",
    ],
    fr: [
      "Vous vendez le {item} en gros ? Il m'en faudrait environ 200.",
      "J'ai une petite boutique, on peut parler de prix de gros ?",
      "Vous pouvez mettre notre logo sur le {item} ?",
    ],
    pt: [
      "Vocês vendem o {item} no atacado? Precisaria de umas 200 unidades.",
      "Tenho uma lojinha, podemos falar de preço no atacado?",
      "Conseguem colocar nossa logo no {item}?",
    ],
  },
  other_upset: {
    en: [
      "This is the worst service I've ever had. Nobody answers!!",
      "I'm really angry, I've been waiting for an answer for days 😤",
      "Third time writing. Is anyone actually reading these messages?",
    ],
    es: [
      "Es el peor servicio que he tenido nunca. ¡¡Nadie responde!!",
      "Estoy muy enfadado, llevo días esperando una respuesta 😤",
      "Es la tercera vez que escribo. ¿Alguien lee estos mensajes?",
    ],
    de: [
      "Das ist der schlechteste Service, den ich je hatte. Niemand antwortet!!",
      "Ich bin echt sauer, ich warte seit Tagen auf eine Antwort 😤",
      "Ich schreibe jetzt zum dritten Mal. Liest das überhaupt jemand?",
    ],
    fr: [
      "C'est le pire service client que j'ai jamais eu. Personne ne répond !!",
      "Je suis vraiment énervé, j'attends une réponse depuis des jours 😤",
      "Troisième message. Quelqu'un lit ces messages ?",
    ],
    pt: [
      "É o pior atendimento que já tive. Ninguém responde!!",
      "Estou muito irritado, esperando resposta há dias 😤",
      "É a terceira vez que escrevo. Alguém lê essas mensagens?",
    ],
  },
};

export const BUYER_THANKS: PerLanguage<Phrases> = {
  en: ["Thanks a lot!", "Perfect, thank you 🙏", "Ok great, thanks.", "Thank you for your help!", "Got it, thanks!"],
  es: ["¡Muchas gracias!", "Perfecto, gracias 🙏", "Vale, genial, gracias.", "¡Gracias por la ayuda!"],
  de: ["Vielen Dank!", "Perfekt, danke 🙏", "Alles klar, danke.", "Danke für die Hilfe!"],
  fr: ["Merci beaucoup !", "Parfait, merci 🙏", "D'accord, super, merci.", "Merci pour votre aide !"],
  pt: ["Muito obrigado!", "Perfeito, obrigado 🙏", "Beleza, valeu.", "Obrigada pela ajuda!"],
};

/** A buyer nobody answers writes again. */
export const BUYER_NUDGES: PerLanguage<Phrases> = {
  en: ["Hello?", "Is anyone there?", "Hello?? Still waiting for an answer.", "Anyone??"],
  es: ["¿Hola?", "¿Hay alguien?", "¿¿Hola?? Sigo esperando respuesta."],
  de: ["Hallo?", "Ist da jemand?", "Hallo?? Warte immer noch auf eine Antwort."],
  fr: ["Allô ?", "Il y a quelqu'un ?", "Bonjour ?? J'attends toujours une réponse."],
  pt: ["Oi?", "Tem alguém aí?", "Olá?? Ainda aguardando resposta."],
};
