import { detectPersonalData } from "../../../src/core/privacy";

const names = (text: string) =>
  detectPersonalData(text)
    .filter((f) => f.type === "PERSON_NAME")
    .map((f) => text.slice(f.start, f.end));

describe("a frequent word the name lists hold, opening a sentence", () => {
  it.each([
    ["Dossier clos. Avis conforme du service médical.", []],
    ["Lui transmettre la notice avant vendredi.", []],
    ["Cas d'usage : les arrêts de plus de 90 jours.", []],
    ["Tea and sandwiches at noon in room 2.", []],
    ["Programme : Tea and scones after the webinar.", []],
    ["Tea, juice and fruit in the lobby.", []],
    // A person is the subject of a verb, or joined to another name.
    ["Claire a rappelé pour sa facture de kiné.", ["Claire"]],
    ["Rose and Tom are both off this week.", ["Rose", "Tom"]],
    ["Rose et Tom sont absents.", ["Rose", "Tom"]],
    ["Grace and favour homes are exempt.", []],
    ["Note : Pierre a rappelé pour son fils.", ["Pierre"]],
    // After an honorific the word is a surname.
    ["Mr Lui has diabetes.", ["Lui"]],
    // An order opening the sentence is followed by whom it is about; a subject by its verb.
    ["Réponds à l'adhérente enceinte : le remboursement part demain.", []],
    ["Explique à l'adhérent pourquoi sa cure n'est pas prise en charge.", []],
    ["Serkan a appelé pour sa fille.", ["Serkan"]],
    ["Tariq has now had his assessment.", ["Tariq"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("greetings, labels and buildings that name no one", () => {
  it.each([
    ["Cher Confrère,\nmerci pour votre retour.", []],
    ["Dear Colleagues,\nplease find the rota attached.", []],
    ["Dear Bronagh,\nthanks.", ["Bronagh"]],
    ["À : DSI\nObjet : accès", []],
    ["To: Member Relations\nSubject: volumes", []],
    ["To: Bronagh Kelly\nSubject: volumes", ["Bronagh Kelly"]],
    ["Il a été soigné à l'Hôpital de San Pedro à Logroño.", []],
    ["La permanence se tient au centre des Iris le mardi.", []],
    ["MERCI DE ME CONTACTER PAR TÉLÉPHONE.", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("initials before particles and compound initials", () => {
  it.each([
    ["Présents : Y. Le Floch (président), B. Morvan", ["Y. Le Floch", "B. Morvan"]],
    ["Courrier de G. de La Roche reçu ce matin.", ["G. de La Roche"]],
    ["Reviewed by Dr H. van den Broek on Monday.", ["H. van den Broek"]],
    ["Assurée : M.-T. Kerouac", ["M.-T. Kerouac"]],
    ["Vu avec J.-M. Okafor hier.", ["J.-M. Okafor"]],
    // The honorific « M. » is still one.
    ["Écrire à M. Okafor.", ["Okafor"]],
    ["Voir annexe B. Le tableau montre les écarts.", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("texts typed in capitals", () => {
  it.each([
    ["BONJOUR, JE SUIS NICOLE BERTHIER ET MON FILS THÉO A UNE APPENDICITE.", ["NICOLE BERTHIER", "THÉO"]],
    ["HELLO, MY WIFE SANDRA HAS HAD A FALL.", ["SANDRA"]],
    ["NOTE DE SERVICE : PLANNING DES CONGÉS DU MOIS DE MAI.", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("names typed in lower case after one introducing oneself or a relative", () => {
  it.each([
    ["salut c'est mariama, la fille de mme diallo", ["mariama", "mme diallo"]],
    ["hi it's takeshi from the kobe office", ["takeshi"]],
    ["my husband kwabena got his results today", ["kwabena"]],
    ["t'as eu le message de marine ?", ["marine"]],
    // An adjective or a word of care is no name.
    ["je suis dispo demain", []],
    ["it's covid, ok", []],
    ["it's gestational diabetes and the midwife is worried", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("one word after a cue, or as the subject of a sentence about a person", () => {
  it.each([
    ["Appel de Mimi ce matin pour sa mutuelle.", ["Mimi"]],
    ["Check with Anirudh before paying.", ["Anirudh"]],
    ["je relis le dossier Okonjo demain", ["Okonjo"]],
    ["Chiamaka has finished her physiotherapy.", ["Chiamaka"]],
    ["Mounir a appelé pour sa fille.", ["Mounir"]],
    // A drug, a firm or an article before: no one.
    ["Mounjaro is covered for diabetes only.", []],
    ["Qonto a mis à jour son application.", []],
    ["La Sécu prend en charge mais il reste un dépassement.", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("shapes of names the lists miss", () => {
  it.each([
    ["Devis du Dr Đỗ pour une couronne.", ["Đỗ"]],
    ["Où est le dossier ?", []],
    ["Please ring the daughter, Zofia, about the transport.", ["Zofia"]],
    ["Le petit Lulu a eu une otite.", ["Lulu"]],
    ["Le Tutu est un spectacle.", []],
    ["Sánchez de la Torre est le nom d'usage.", ["Sánchez de la Torre"]],
    ["Admis à l'Hôpital de la Pitié.", []],
    ["Bonjour,\nLa facture est payée.\nYasmina – Service Prestations", ["Yasmina"]],
    ["Ordre du jour :\n1. Bilan.\nRose – Pantone 2025", []],
    ["Thanks all, paid today.\nJonno | Claims Team", ["Jonno"]],
    ["He was transferred to Royal Derby for a scan.", []],
    ["She moved in with Grace Papworth's family.", ["Grace Papworth"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a chat's speakers", () => {
  it.each([
    [
      "léa 09:12 : tu as des nouvelles ?\nthomas 09:13 : oui il est hospitalisé\nléa 09:14 : ok",
      ["léa", "thomas", "léa"],
    ],
    ["[10:02] jess: is he in?\n[10:03] raj: no, chemo today", ["jess", "raj"]],
    ["Manu : elle est encore en arrêt ?\nSteph : oui\nManu : ok", ["Manu", "Steph", "Manu"]],
    // A form's labels, each once and with no time; teams and acronyms in minutes; questions and answers.
    ["Objet : arrêt\nDate : 12/03\nNote : rien", []],
    ["DSI : ok pour moi\nRH : on valide\nDSI : parfait", []],
    ["Prestations : 12 dossiers\nJuridique : 3 recours\nPrestations : relance faite", []],
    ["Q : que couvre le contrat ?\nR : les soins courants\nQ : et l'optique ?", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
