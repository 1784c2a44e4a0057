/**
 * French and English cues, by criterion and kind. Phrases are matched on folded tokens (lowercase, no
 * accents, apostrophes and hyphens split words); `stem*` matches any word starting with the stem.
 * Tags read `<criterion>.<kind>`; the scorer counts distinct kinds, so repeating one cue earns nothing.
 */

/** Phrases separated by "|" (template strings keep long lexicons legible). */
function phrases(...chunks: string[]): string[] {
  return chunks.flatMap((chunk) =>
    chunk
      .split("|")
      .map((p) => p.trim().replace(/\s+/g, " "))
      .filter((p) => p.length > 0),
  );
}

const cross = (left: readonly string[], right: readonly string[]): string[] =>
  left.flatMap((l) => right.map((r) => `${l} ${r}`));

/** Verbs whose object is the material itself: the deliverable is implied (a summary, a translation…). */
const TRANSFORM_VERBS = phrases(
  // EN
  `summar* | recap | translate | rewrite | rephrase | reword | paraphrase | proofread | correct | analyze
   | analyse | compare | explain | sort | classify | categorize | categorise | simplify | shorten |
   condense | extract | review | visualize | visualise | reformat | organize | organise | calculate |
   compute | evaluate | assess | recap | highlight | prioritize | prioritise | clean | translate |
   transcribe | filter | chart | group`,
  // FR
  `resume | resumez | resumer | resumes | synthetis* | traduis | traduisez | traduire | reformul* |
   reecri* | corrige | corrigez | corriger | analyse | analysez | analyser | compare | comparez |
   comparer | explique | expliquez | expliquer | trie | triez | trier | classe | classez | classer |
   simplifie | simplifiez | simplifier | raccourcis | raccourcissez | condense | extrais | extrayez |
   extraire | relis | relisez | relire | organise | organisez | calcule | calculez | calculer | evalue |
   evaluez | surligne | surlignez | priorise | priorisez | filtre | filtrez | regroupe | regroupez |
   verifie | verifiez | verifier | etudie | etudiez | etudier | abrege | abregez | abreger | ecourte | ecourtez |
   controle | controlez | examine | examinez | examiner | study | abridge`,
  `rate | map | match | assign | triage | associe | associez | fais le point | faites le point | faire le point | notez`,
  `reply | respond | answer | reponds | repondez | repondre | fix | polish | tidy | expand | check | spell check |
   traduises | corriges | analyses | resumer | reformules | relises`,
  `rends | rendez | rendre | make this | make it | make the`,
);

/** Verbs that create something: they need a named deliverable to make a clear goal. */
const MAKE_VERBS = phrases(
  // EN
  `write | draft | create | generate | produce | prepare | compose | build | design | outline | list |
   identify | suggest | propose | recommend | improve | edit | convert | format | find | compile | plan | brainstorm | describe | add | turn | transform | fill | complete |
   update | give | provide | make | name | formulate | structure | present`,
  // FR
  `redige | redigez | rediger | ecris | ecrivez | ecrire | cree | creez | creer | genere | generez |
   generer | produis | produisez | prepare | preparez | preparer | compose | composez | construis |
   construisez | concois | concevez | liste | listez | lister | identifie | identifiez | suggere |
   suggerez | propose | proposez | proposer | recommande | recommandez | ameliore | ameliorez | ameliorer
   | convertis | convertissez | mets | mettez | trouve | trouvez |
   compile | compilez | planifie | decris | decrivez | ajoute | ajoutez | transforme | transformez |
   complete | completez | remplis | mets a jour | donne | donnez | fournis | fournissez | fais | faites |
   formule | formulez | structure | structurez | elabore | elaborez | dresse | dressez | etablis |
   etablissez | presente | presentez | indique | indiquez`,
  `faire | fasses | fassiez | rediges | redigiez | ecrives | ecriviez | prepares | proposes | listes | crees |
   generes | donnes | fournisses | presentes | elabores`,
);

const DELIVERABLES = phrases(
  // EN
  `email | e mail | mail | message | reply | response | answer | summary | recap | overview | synopsis |
   report | memo | letter | note | notes | minutes | agenda | table | chart | graph | list | checklist |
   bullet points | bulleted list | plan | proposal | presentation | slide | slides | deck | formula |
   formulas | macro | script | article | post | paragraph | outline | template | faq | haiku | poem |
   title | headline | subject line | analysis | comparison | breakdown | pitch | invitation |
   announcement | newsletter | speech | quiz | questions | translation | pivot table | dashboard | column
   | story | ideas | suggestions | timeline | action items | to do list | brief | bio | description |
   guide | procedure | script`,
  // FR
  `courriel | courriels | reponse | resume | synthese | compte rendu | recapitulatif | rapport | memo |
   lettre | courrier | ordre du jour | tableau | graphique | liste | proposition | presentation |
   diapositive | diapositives | diapo | diapos | formule | formules | publication | paragraphe |
   brouillon | modele | trame | titre | objet | analyse | comparaison | argumentaire | annonce | discours
   | questionnaire | traduction | tableau croise | proces verbal | fiche | colonne | idees | chronologie
   | plan d action | actions | mode operatoire | note de synthese | poeme | histoire | description`,
  `box | status update | update | reminder | follow up | sidebar | caption | rewording | rewordings | encadre | point d etape | relance | rappel | legende | reformulation | reformulations`,
);

/** Phrases that name the subject of the deliverable. */
const TOPIC_MARKERS = phrases(
  `about | regarding | concerning | related to | on the topic | on the subject | on the section | the
   section on | to inform | to announce | to confirm | to explain | to thank | to apologise | to
   apologize | to invite | to remind | for the project | status of | update on | sur le | sur la | sur
   les | sur l | concernant | au sujet | a propos | relatif | relative | portant sur | pour informer |
   pour annoncer | pour confirmer | pour expliquer | pour remercier | pour inviter | pour rappeler | pour
   s excuser | de la section | la partie sur | point sur | suite a | en reponse a`,
);

const CONTEXT = {
  purpose: phrases(
    `so that | in order to | so i can | so we can | so they can | because | the goal is | our goal | my
     goal | the purpose | the aim | to help | to prepare | for an upcoming | for the upcoming | for our
     upcoming | ahead of | before meeting | before the meeting | we need | i need | we re looking for |
     we are looking for | i m looking for | we want | i want to | i d like to | to discuss | to present |
     to understand | to decide | to communicate | to share with | afin de | afin que | pour que | pour
     pouvoir | parce que | car je | car nous | car l | car le | car la | car il | car elle | puisque | l
     objectif | le but | mon objectif | notre objectif | en vue de | dans le but | pour preparer | avant
     la reunion | j ai besoin | nous avons besoin | on a besoin | nous devons | je dois | on doit | nous
     cherchons | je cherche | on cherche | je souhaite | nous souhaitons | pour comprendre | pour
     discuter | pour presenter | pour decider | pour communiquer | pour partager`,
    `pour l envoyer | pour envoyer | pour le transmettre | pour la transmettre | pour le partager | pour les informer | pour informer | so i can send | to send it | to share it | to inform`,
    `avant son rendez vous | avant le rendez vous | avant de rencontrer | avant de voir | before seeing`,
  ),
  situation: phrases(
    `i am a | i am the | i m a | i m the | i work | i was | we are a | we re a | our team | my team | our
     company | our department | our service | as a | as the | i manage | i handle | i received | we
     received | has been | have been | currently | recently | there was | following the | je suis | je
     travaille | j etais | nous sommes | notre equipe | mon equipe | notre service | mon service | notre
     entreprise | notre societe | en tant que | dans le cadre | je gere | j ai recu | nous avons recu | a
     ete | ont ete | actuellement | recemment | il y a eu | je m occupe | nous traitons | je traite |
     situation`,
  ),
  occasion: phrases(
    `meeting | tomorrow | next week | this week | today | deadline | review | committee | quarter |
     quarterly | last quarter | campaign | launch | audit | board | annual | monday | tuesday | wednesday
     | thursday | friday | january | february | march | april | june | july | august | september |
     october | november | december | conference | webinar | interview | onboarding | reunion | demain |
     la semaine prochaine | cette semaine | aujourd hui | echeance | comite | trimestre | trimestriel |
     campagne | lancement | conseil d administration | bilan | annuel | annuelle | lundi | mardi |
     mercredi | jeudi | vendredi | janvier | fevrier | mars | avril | juin | juillet | aout | septembre |
     octobre | novembre | decembre | seminaire | entretien | point d equipe | copil | codir`,
    `yesterday | this morning | last week | hier | ce matin | la semaine derniere`,
    `rendez vous | rdv | appointment`,
  ),
  domain: phrases(
    // health insurance and office subjects
    `adherent* | l assure | un assure | assures | assuree | assurees | rembours* | mutuelle* | tiers payant | garantie*
     | cotisation* | contrat* | prestation* | devis | reclamation* | prise en charge | complementaire
     sante | carte vitale | resiliation* | sinistre* | dossier* | facture* | budget* | chiffre d affaires
     | indicateur* | projet* | client* | ventes | member* | reimburs* | refund* | claim* | policyholder*
     | premium* | coverage | health insurance | complaint* | invoice* | support ticket | ticket* |
     product* | sales | revenue* | kpi* | project* | customer* | employee* | benefit* | third party
     payment`,
  ),
};

const DEICTIC_DETERMINERS_EN = phrases(
  `this | these | the following | the selected | the attached | the current | the above | the below | my
   | our | the open`,
);
const DEICTIC_DETERMINERS_FR = phrases(
  `ce | cet | cette | ces | le present | la presente | mon | ma | mes | notre | nos`,
);
const MATERIAL_EN = phrases(
  `email | e mail | mail | message | document | doc | table | text | file | conversation | thread |
   meeting | presentation | spreadsheet | sheet | workbook | data | report | notes | range | selection |
   draft | letter | paragraph | section | slides | deck | transcript | chat | list | figures | numbers |
   column | columns | procedure | clause | minutes | thread | quote | invoice | contract | complaint | request`,
);
const MATERIAL_FR = phrases(
  `courriel | courriels | mail | mails | message | messages | document | tableau | texte | fichier |
   conversation | echange | echanges | reunion | presentation | classeur | feuille | donnees | rapport |
   notes | plage | selection | brouillon | lettre | courrier | paragraphe | section | diapositives |
   transcription | liste | chiffres | colonne | colonnes | demande | reclamation | procedure | clause |
   compte rendu | fil | devis | facture | contrat | note | rapport | plainte`,
);

/** What makes « le courriel » the one at hand: « le courriel ouvert », « la plage sélectionnée ». */
const OPEN_FR = phrases(
  `ouvert | ouverte | ouverts | ouvertes | actuel | actuelle | en cours | joint | jointe | joints | jointes |
   affiche | affichee | selectionne | selectionnee | selectionnes | selectionnees | ci dessous | ci joint`,
);

/** Office apps named between the determiner and the material: "this Word document", "this Teams meeting". */
const APPS = ["word", "excel", "powerpoint", "teams", "outlook", "onenote"];

const SOURCE = {
  reference: [
    ...cross(DEICTIC_DETERMINERS_EN, MATERIAL_EN),
    ...cross(["this", "the", "my", "our", "the attached", "the selected"], cross(APPS, MATERIAL_EN)),
    ...cross(DEICTIC_DETERMINERS_FR, MATERIAL_FR),
    // « le courriel ouvert », « la plage sélectionnée », « le document joint »: the French "the open email".
    ...cross(["le", "la", "les", "l"], cross(MATERIAL_FR, OPEN_FR)),
    "below",
    "attached",
    "the following",
    "selected",
    "ci dessous",
    "ci joint",
    "ci jointe",
    "ci apres",
    "en piece jointe",
    "piece jointe",
    "selectionne",
    "selectionnee",
    "selectionnees",
    "selectionnes",
    "suivant",
    "suivante",
    "suivants",
    "suivantes",
  ],
  specific: phrases(
    `the section on | section on | slides | slide | page | pages | paragraph | chapter | tab | worksheet
     | sheet | row | rows | latest update | my notes | the notes | the data from | la section | la partie
     | le paragraphe | le chapitre | l onglet | la feuille | la ligne | les lignes | mes notes | la
     derniere mise a jour | les donnees de`,
  ),
  use: phrases(
    `use | using | based on | based off | refer to | referring to | look for information in | according
     to | insights from | information from | draw on | from my notes | utilise | utilisez | en
     utilisant | a partir de | a partir du | a partir des | en te basant | en vous basant | d apres | en
     t appuyant | en vous appuyant | appuie toi sur | appuyez vous sur | refere toi | referez vous |
     reprends | reprenez | en reprenant |
     base toi | basez vous | en partant de | issues de | issues du | tirees de | tires de`,
  ),
};

const EXPECTATIONS = {
  format: phrases(
    `table | in a table | as a table | table format | bulleted list | bullet points | bullet point |
     bullets | numbered list | a list of | as a list | paragraphs | json | markdown | csv | headings |
     heading | sections | columns | column | chart | graph | subject line | title | in french | in
     english | email format | step by step | q a | one line | key takeaways | tableau | sous forme de |
     en tableau | liste a puces | puces | puce | liste numerotee | une liste | paragraphes | intertitres
     | titres | titre | colonnes | colonne | graphique | objet du mail | objet du courriel | en francais
     | en anglais | etape par etape | format`,
  ),
  length: phrases(
    `brief | briefly | short | concise | concisely | succinct | one page | two pages | half a page |
     under | less than | no more than | at most | maximum | max | in a few lines | one sentence | one
     paragraph | a few sentences | bref | breve | brièvement | court | courte | concis | concise |
     succinct | succincte | une page | deux pages | demi page | moins de | pas plus de | au plus | au
     maximum | en quelques lignes | une phrase | un paragraphe | quelques phrases | de moitie | moitie
     moins long | moitie plus court | by half | half as long | half the length`,
  ),
  structure: phrases(
    `include | including | includes | containing | that includes | consisting of | overview | pros and
     cons | first | then | finally | followed by | start with | end with | organized by | organised by |
     grouped by | sorted by | by month | for each | per month | each month | main points | key points |
     key features | executive summary | conclusion | introduction | comprenant | incluant | inclus |
     inclure | inclue | contenant | qui contient | d abord | puis | ensuite | enfin | termine par |
     terminez par | commence par | commencez par | pour chaque | par mois | chaque mois | regroupe par |
     trie par | classe par | avantages et inconvenients | points cles | points forts | vue d ensemble |
     apercu | salutation | formule de politesse | signature | en conclusion | introduction | les points
     principaux | points principaux`,
  ),
};

const AUDIENCE_ROLES = phrases(
  // EN
  `boss | manager | managers | team | colleague | colleagues | client | clients | customer | customers |
   member | members | executive | executives | leadership | board | director | directors | ceo | cfo |
   reader | readers | beginner | beginners | non expert | non experts | non specialist | public | patient
   | patients | employees | employee | staff | partner | partners | audience | supplier | students |
   stakeholders | investors | users | user | policyholder | policyholders | recruits | candidates |
   doctor | doctors | agents`,
  // FR
  `responsable | chef | cheffe | directeur | directrice | direction | equipe | collegue | collegues |
   adherent | adherente | adherents | assure | assuree | assures | comite | conseil | lecteur | lecteurs
   | debutant | debutants | non specialistes | grand public | salaries | collaborateurs | collaboratrices
   | partenaire | partenaires | prestataire | fournisseur | medecin | professionnel de sante |
   professionnels de sante | elus | manager | managers | conseiller | conseillers | conseillere |
   destinataire | destinataires | interlocuteur | service`,
  `adviser | advisers | advisor | advisors | department | head | recipient | recipients | receiver | committee | membre | membres | agence | agences`,
);

/** A role counts as the audience when one of these comes just before it. */
const AUDIENCE_LEADS = phrases(
  `for | to | aimed | intended | addressed | towards | send | reply | respond | explain | show | with |
   pour | a | au | aux | avec | destine | destinee | destines | destinees | attention | adresse |
   adressee | envoyer | repondre | reponds | repondez | expliquer | presenter`,
  `read | lu | lue | lus | lues | place | shoes`,
);

const TONE = phrases(
  // EN
  `professional | formal | informal | friendly | warm | polite | courteous | empathetic | empathy | kind
   | reassuring | neutral | factual | diplomatic | firm | positive | optimistic | convincing | persuasive
   | hopeful | enthusiastic | casual | simple language | plain language | plain english | simple words |
   simple terms | jargon free | no jargon | without jargon | accessible | technical | engaging |
   respectful | calm | apologetic | encouraging | supportive | compassionate | more polite | sober |
   upbeat | serious | humorous | playful`,
  // FR
  `professionnel | professionnelle | formel | formelle | informel | informelle | cordial | cordiale |
   chaleureux | chaleureuse | poli | polie | courtois | courtoise | empathique | empathie | bienveillant
   | bienveillante | rassurant | rassurante | neutre | factuel | factuelle | diplomate | ferme | positif
   | positive | optimiste | convaincant | convaincante | persuasif | enthousiaste | langage simple |
   langage clair | mots simples | termes simples | sans jargon | vouvoiement | vouvoie | vouvoyez |
   tutoie | tutoiement | pedagogique | respectueux | respectueuse | apaisant | encourageant | sobre |
   engageant | serieux | humour | plus poli`,
);

const CONSTRAINTS = {
  avoid: phrases(
    `don t | do not | never | avoid | without | must not | should not | shouldn t | skip | leave out |
     exclude | except | no jargon | not include | nothing else | ne pas | n invente | n inventez | n
     ajoute | n ajoutez | ne change | ne modifie | ne mentionne | ne donne | ne cite | n utilise | sans |
     evite | evitez | eviter | jamais | aucun | aucune | sauf | exclus | exclure | rien d autre`,
    `no guesses | no guess | no acronyms | no acronym | no names | no name | no data | no information |
     no amount | no personal | no assumptions | invent no | infer no | invent nothing | add nothing |
     nothing that is not | pas de`,
  ),
  restrict: phrases(
    `only | exclusively | strictly | limit to | limit it to | keep it to | keep the | stick to | as is |
     verbatim | exactly | go straight | straight into | directly | pick one | just one | uniquement |
     seulement | exclusivement | strictement | limite toi | limitez vous | tiens toi | tenez vous | tel
     quel | telle quelle | mot pour mot | exactement | directement | un seul | une seule`,
  ),
  require: phrases(
    `must | ensure | make sure | be sure | needs to | need to be | should | has to | have to | don t
     forget | mandatory | required | it is essential | remember to | il faut que | doit | doivent | devra
     | veille a | veillez a | assure toi | assurez vous | verifie que | verifiez que | n oublie pas | n
     oubliez pas | obligatoire | obligatoirement | pense a | pensez a | imperativement`,
  ),
  success: phrases(
    `if you don t know | if you do not know | if unsure | if you are not sure | if you re not sure | if
     any | if necessary | if needed | if information is missing | if the information is missing | if
     something is missing | if anything is missing | if data is missing | if you cannot | only answer if
     | with certainty | cite | cite the | quote the | mention the source | don t make up | do not make up
     | do not invent | don t invent | factual only | double check | check that | verify that | success |
     the result should | if you had to | si tu ne sais pas | si vous ne savez pas | si une information
     manque | si l information manque | si quelque chose manque | si une donnee manque | si tu ne peux
     pas | si necessaire | le cas echeant | si besoin | avec certitude | cite | citez | indique la source
     | indiquez la source | signale | signalez | verifie | verifiez | le resultat doit | critere |
     criteres de reussite | reussi si | si tu devais | si vous deviez`,
    `is missing | are missing | is ambiguous | is unclear | flag any | flag | manque | manquent | est ambigu |
     est ambigue`,
  ),
};

/** Vague intensifiers and padding: they add words, not information. */
const PADDING = phrases(
  `do your best | try your best | as best you can | as good as possible | as well as possible | it is
   important | it s important | it is very important | it s very important | it is really important |
   this is important | very important | really important | super important | extremely important | i
   would really appreciate | i d really appreciate | i really appreciate | thank you so much | thanks a
   lot | thanks so much | thank you in advance | thanks in advance | if you can | if possible | if you
   could | make it good | make it nice | make it great | something good | something nice | high quality |
   top quality | be creative | amazing | awesome | perfect | the best possible | fais de ton mieux |
   faites de votre mieux | fais au mieux | faites au mieux | le mieux possible | c est important | c est
   tres important | c est vraiment important | tres important | vraiment important | super important |
   extremement important | je vous remercie | merci beaucoup | merci d avance | merci par avance | mille
   mercis | si tu peux | si vous pouvez | si possible | si tu pouvais | quelque chose de bien | quelque
   chose de bien fait | de qualite | genial | parfait | le meilleur possible | sois creatif`,
);

const HEDGES = phrases(
  `maybe | perhaps | i guess | i think | kind of | sort of | you know | basically | actually | anyway |
   whatever | stuff | something | things | some stuff | or something | etc | a bit | somehow | like i
   said | i mean | so yeah | peut etre | je pense | je crois | genre | en fait | du coup | bref | enfin
   bref | voila | quelque chose | des trucs | truc | trucs | machin | n importe | un peu | comme je
   disais | je sais pas | je ne sais pas trop | ou un truc | enfin`,
);

/** Words that name rubric parts: they earn nothing alone ("context format audience"). */
export const META_TERMS = new Set(
  phrases(
    `context | contexte | format | formats | audience | public | tone | ton | constraints | constraint |
   contraintes | contrainte | example | examples | exemple | exemples | goal | goals | objectif |
   objectifs | source | sources | expectations | expectation | attentes | criteria | criteres | role |
   persona | style | length | longueur | structure | clarity | clarte | precision | specific | details |
   detail | task | tache | instructions | consigne | deliverable | livrable | purpose | situation | steps
   | etapes | output | sortie | register | registre | rules | regles | safety | quality | qualite`,
  ),
);

export type LabelledCriterion = "goal" | "context" | "source" | "expectations" | "audience" | "constraints";

const labels = (criterion: LabelledCriterion, words: string): [string, LabelledCriterion][] =>
  words.split(" ").map((w) => [w, criterion]);

/** Line labels ("Contexte :", "Format:") and the criterion they announce (a Map: no prototype keys). */
export const LABELS: ReadonlyMap<string, LabelledCriterion> = new Map([
  ...labels("goal", "objectif goal tache task demande livrable deliverable action"),
  ...labels("context", "contexte context situation but purpose background enjeu"),
  ...labels("source", "source sources texte text document donnees data courriel email material"),
  ...labels("expectations", "format attentes expectations longueur length structure output sortie"),
  ...labels("audience", "public audience destinataire destinataires ton tone style lecteurs readers"),
  ...labels("constraints", "contraintes constraints regles rules criteres criteria limites interdits"),
]);

/** Question openers: a question is a goal, though a loose one. */
const QUESTION_OPENERS = phrases(
  `who | what | which | how | why | when | where | is there | are there | can you | could you | qui |
   quoi | quel | quelle | quels | quelles | comment | pourquoi | quand | ou | est ce | y a t il | peux tu
   | pouvez vous | pourrais tu | pourriez vous`,
);

/** Requests phrased as wishes, questions or indirect speech: with a deliverable or a verb, a goal. */
const REQUEST_FRAMES = phrases(
  `j aimerais | je voudrais | je souhaite | je souhaiterais | j ai besoin | nous avons besoin | on a besoin | il me
   faudrait | il nous faudrait | il faudrait | ce serait bien | ce serait utile | pourriez vous | pourrais tu |
   peux tu | pouvez vous | est ce que tu peux | est ce que vous pouvez | tu pourrais | vous pourriez | voudrais tu |
   voudriez vous | aide moi | aidez moi | dis moi | dites moi | indique moi | indiquez moi | explique moi |
   expliquez moi | jette un oeil | jetez un oeil | on m a demande | je me demande | tu peux | vous pouvez | me dire`,
  `i d like | i would like | i want | i need | we need | we d like | could you | can you | would you | would you mind
   | i was hoping | you could | it would be great | it would help | have a look | take a look | tell me | let me
   know | help me | show me | i m wondering | i wonder | i have to | walk me through | point out`,
);

export const LEXICON: Record<string, readonly string[]> = {
  "goal.transform": TRANSFORM_VERBS,
  "goal.make": MAKE_VERBS,
  "goal.deliverable": DELIVERABLES,
  "goal.topic": TOPIC_MARKERS,
  "goal.question": QUESTION_OPENERS,
  "goal.request": REQUEST_FRAMES,
  "context.purpose": CONTEXT.purpose,
  "context.situation": CONTEXT.situation,
  "context.occasion": CONTEXT.occasion,
  "context.domain": CONTEXT.domain,
  "source.reference": SOURCE.reference,
  "source.specific": SOURCE.specific,
  "source.use": SOURCE.use,
  "expectations.format": EXPECTATIONS.format,
  "expectations.length": EXPECTATIONS.length,
  "expectations.structure": EXPECTATIONS.structure,
  "audience.role": AUDIENCE_ROLES,
  "audience.tone": TONE,
  "constraints.avoid": CONSTRAINTS.avoid,
  "constraints.restrict": CONSTRAINTS.restrict,
  "constraints.require": CONSTRAINTS.require,
  "constraints.success": CONSTRAINTS.success,
  "clarity.padding": PADDING,
  "clarity.hedge": HEDGES,
};

export const AUDIENCE_LEAD_WORDS: ReadonlySet<string> = new Set(AUDIENCE_LEADS);

/** French determiners: "à" (folded to "a") leads an audience only before one, never the English article. */
export const FRENCH_DETERMINERS: ReadonlySet<string> = new Set(
  "l la le les un une mon ma mes notre nos votre vos ce cet cette ces leur leurs son sa ses tout tous toute toutes".split(
    " ",
  ),
);

/** Words that count as function words for the keyword-stuffing check. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "the a an and or of to in on at for with by from as is are be this that these my your our it me you we i " +
    "le la les un une des du de d l au aux et ou en dans sur pour par avec ce cet cette ces mon ma mes " +
    "notre nos votre vos je tu il elle nous vous on que qui est sont"
  ).split(" "),
);
