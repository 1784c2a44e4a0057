/**
 * Office scenarios at a health insurer, each listed from weakest to strongest prompt. Written for this
 * product (not taken from the public pairs): some stronger prompts are shorter than weaker ones.
 */
export const ORDERINGS: { name: string; prompts: string[] }[] = [
  {
    name: "FR — reply to a member's email",
    prompts: [
      "Réponds à ce mail.",
      "Réponds à ce courriel d'un adhérent qui demande où en est son remboursement.",
      "Rédige une réponse à ce courriel d'un adhérent qui demande où en est son remboursement de lunettes, pour le rassurer. Ton cordial, 5 lignes maximum, en vouvoyant. N'invente aucun délai : si l'information manque, indique qu'un conseiller le recontactera.",
    ],
  },
  {
    name: "EN — reply to a member's email",
    prompts: [
      "Answer this mail.",
      "Reply to this email from a member who is asking about the status of their reimbursement.",
      "Draft a reply to this email from a member asking about the status of their glasses reimbursement, to reassure them. Warm tone, 5 lines maximum, formal address. Do not invent any delay: if the information is missing, say that an advisor will call them back.",
    ],
  },
  {
    name: "FR — meeting summary",
    prompts: [
      "Fais un résumé.",
      "Résume les notes de la réunion d'équipe de ce matin.",
      "Résume les notes de réunion ci-dessous pour mon responsable, absent ce matin : 5 puces maximum, d'abord les décisions, puis les actions avec leur porteur et leur échéance. Ne mentionne aucun nom d'adhérent.\n<notes>Point tiers payant : bascule du prestataire reportée au 3 mars. Campagne cotisations : relance prévue semaine 12.</notes>",
    ],
  },
  {
    name: "EN — meeting summary",
    prompts: [
      "Make a summary.",
      "Summarize the notes of this morning's team meeting.",
      "Summarize the meeting notes below for my manager, who missed this morning's meeting: 5 bullets maximum, first the decisions, then the actions with their owner and due date. Do not mention any member's name.\n<notes>Third-party payment: provider switch postponed to 3 March. Premium campaign: reminder planned in week 12.</notes>",
    ],
  },
  {
    name: "FR — Excel analysis",
    prompts: [
      "Analyse ces chiffres.",
      "Analyse le tableau sélectionné des remboursements par mois.",
      "Analyse le tableau sélectionné (A1:F13, remboursements en tiers payant 2024 par mois) pour préparer le comité de jeudi : donne les 3 mois les plus élevés dans un tableau avec la variation en %, puis une phrase de conclusion. Uniquement à partir des données du tableau.",
    ],
  },
  {
    name: "EN — Excel analysis",
    prompts: [
      "Analyze these numbers.",
      "Analyze the selected table of reimbursements by month.",
      "Analyze the selected table (A1:F13, 2024 third-party payment reimbursements by month) to prepare Thursday's committee: give the 3 highest months in a table with the % change, then one concluding sentence. Only from the data in the table.",
    ],
  },
  {
    name: "FR — quarterly report",
    prompts: [
      "Écris un rapport.",
      "Rédige un rapport sur les réclamations des adhérents du dernier trimestre.",
      "Rédige un rapport sur les réclamations des adhérents du dernier trimestre pour le conseil d'administration, à partir du fichier Reclamations_T3.xlsx : 2 pages maximum, avec une introduction, les 3 causes principales et des recommandations. Ton factuel ; n'inclus aucune donnée nominative.",
    ],
  },
  {
    name: "EN — quarterly report",
    prompts: [
      "Write a report.",
      "Write a report on member complaints from last quarter.",
      "Write a report on member complaints from last quarter for the board, using the file Complaints_Q3.xlsx: 2 pages maximum, with an introduction, the 3 main causes and recommendations. Factual tone; do not include any personal data.",
    ],
  },
  {
    name: "FR — letter to members",
    prompts: [
      "Une lettre pour les adhérents.",
      "Rédige une lettre aux adhérents sur le changement de cotisation.",
      "Rédige une lettre aux adhérents pour annoncer la hausse de cotisation de 3 % au 1er janvier, car le coût des soins a augmenté. Ton clair et bienveillant, sans jargon, une page maximum, avec un paragraphe sur les garanties inchangées. Ne promets aucun geste commercial.",
    ],
  },
  {
    name: "EN — letter to members",
    prompts: [
      "A letter for members.",
      "Write a letter to members about the premium change.",
      "Write a letter to members to announce the 3% premium increase on 1 January, because the cost of care has risen. Clear and kind tone, no jargon, one page maximum, with a paragraph on the unchanged coverage. Do not promise any commercial gesture.",
    ],
  },
];
