/**
 * Harmful use of sensitive information: a prompt that uses health or other sensitive data (disability,
 * pregnancy, age, origin, religion, union membership, financial hardship…) to single out, profile,
 * rank, exclude, refuse or penalise people, or that asks the model to decide a member's claim alone.
 * Ordinary work on health topics (explain a guarantee, answer a member about a reimbursement,
 * summarise a claims table, check that a procedure treats people fairly) is not harmful.
 *
 * How it reads a prompt, French and English alike: words are reduced to their Snowball stems (so
 * « écartez », « écarter », « écartés » and "excluded", "excluding" meet one entry), then each group
 * of sentences (a question or a colon joins the next sentence: « Quels salariés… ? Je veux les
 * écarter ») is checked for
 * - an adverse act (exclude, refuse, penalise, cancel, push out, keep off…) aimed at people, or a
 *   ranking or profiling of people, with sensitive information that qualifies them or serves as
 *   the criterion (« adhérents diabétiques », "members with diabetes", "by their sick leave");
 * - a selection of people (identify, list, target, "which staff…") by a sensitive trait, with an
 *   adverse purpose in the same group, or by any trait but the care a claim is about (« les adhérents
 *   hospitalisés qui attendent leur remboursement » is ordinary work) unless it is for their own
 *   benefit (« pour les accompagner »);
 * - a sensitive trait inferred about people (« devine sa religion d'après son nom », "predict which
 *   members…");
 * - a decision on a claim (decide, approve, reject…) left to the model alone (« seul », « à ma place »,
 *   "yourself", "automatically", "no human in the loop"), unless a person reviews or signs it.
 * Indirect forms count too: a pronoun stands for the person named or described in the group or the
 * sentence before (« Il a une sclérose en plaques. Fais-lui comprendre… »); pushing people out (a push,
 * « suggère-lui », "encourage him", towards a departure, « changer de mutuelle », "another insurer");
 * career consequences (« compromettre son évolution »); layoffs as a purpose; a hiring probe (« savoir
 * discrètement si » + a trait); pricing and selling by a trait. Ambiguous verbs are adverse only in their
 * adverse reading: « partir », "leave" only when pushed, « retirer », "remove" only with people as object.
 * Harm stated as a fact or a recommendation counts as well: a departure put as the person's interest
 * (« il serait mieux couvert ailleurs »), people sidelined (« affectés au back-office, moins exposé »),
 * weighed as a cost by their trait (« ils coûtent déjà assez cher »), removed in the passive (« sont à
 * retirer de la liste »), a career benefit reserved for those without a trait, a quoted draft whose
 * decision the learner asks to keep. A possessive makes a trait a person's (« vu ses arrêts pour
 * dépression »), and « leurs », "their", « ils » refer to the people of the sentence or bullet before.
 * An act under a negation (« ne pénalise pas », "without targeting anyone"), a past fact (« a été
 * refusée ») or an act being explained or contested (« conteste le refus ») does not count; nor does
 * sensitive information under a negation ("do not use sick leave").
 * A decision about people tied to a trait counts however it is worded, in the trait's sentence or bullet
 * or the next: something held back (« mis en attente », "turned down", "can wait", « on part sur l'autre
 * candidate »), something granted withheld under a negation (« n'auront plus accès », "will not be put up
 * for the bonus"), or any act withheld from them in the future (« ne fera pas partie de l'équipe », "won't
 * move forward") unless a harm is what is withheld (« ne paiera pas plus », "won't lose her bonus").
 * A trait is tied to people by a person word, a pronoun or possessive, or a table column (« la colonne
 * Motif arrêt »). Such a decision does not count when the people asked for it themselves (« l'adhérent
 * en ALD demande que… »), when it is explained or contested (announcing it still makes it), when it is
 * for their benefit, regardless of the trait, or about anonymised figures (« agrégées », "no names").
 * People parted with by a trait (« se séparer des profils à forte consommation de soins », "opt out of the
 * plan", made to feel unwelcome until they look elsewhere), social media searched for a trait, a trait
 * inferred about each person, an adverse act in a table or tag keyed on a trait, and "the others" of the
 * sentence before (« …ne soient pas informés ; seuls les autres seront contactés ») count too.
 * Treatments with no worse word count by structure: people tied to a trait placed (the object or subject of
 * a placing verb: « installés dans le bureau du fond », "put them on the night shift"), a decision already
 * taken to be drafted or reworded (a benefit withheld in the future, a quoted draft whose reason is the
 * reader's trait, a trait kept out of a refusal's reason, an excuse), a hire defined by youth or by a trait
 * the person must not have (« sans contraintes familiales », "no health baggage"), a trait guessed of people
 * by a verb or an adverb of likelihood from any proxy, retention and marketing by a trait or effort withheld
 * from them ("don't bother trying to retain"), keeping someone put as a doubtful question, and the others of
 * a rule keyed on a trait opening the next clause.
 * Every step looks at a bounded number of neighbouring words: linear in the prompt's length.
 */
import type { Charter } from "../api/me";
import { HEALTH_ACRONYMS, HEALTH_TERMS, hasConditionForm } from "../privacy/healthTerms";
import { foldAccents } from "../text/normalize";
import { stem } from "../text/stem";
import type { Lang, Localized } from "../types";
import type { Span } from "./analyze";

export type HarmKind = "sensitive_targeting" | "automated_decision";

export interface HarmFinding extends Span {
  kind: HarmKind;
  /** The words that make it harmful: the act, the people or claim, the sensitive trait or "alone". */
  evidence: Span[];
}

type Role =
  | "people" // members, colleagues, candidates…
  | "sensitivePerson" // a sensitive trait that names people: « diabétiques », "pregnant", « syndiqués »
  | "sensitive" // a sensitive trait or data: « arrêt maladie », "ethnic origin", « surendettement »
  | "select" // identify, list, target, "which"
  | "rank" // rank, sort, score, profile, classify
  | "adverse" // exclude, refuse, penalise, cancel, keep off
  | "benefit" // what a negation turns adverse: « ne pas (les) proposer / promouvoir / renouveler »
  | "negation"
  | "pastFact" // « a été », "was", "had": what follows happened, it is not asked for
  | "explain" // explain, contest, why: the act is the topic, not the request
  | "criterion" // by, selon, based on, à partir de: what follows is the criterion
  | "decide" // decide, approve, reject, valider, trancher
  | "decisionLead" // « prends », "make", "take": « prends la décision finale »
  | "final" // « finale », "final"
  | "claim" // reimbursement, claim, dossier, prise en charge
  | "alone" // « seul », "yourself", automatically, no human in the loop
  | "care" // care received (« hospitalisation », "prescription"): sensitive, but a claim's subject more than a trait
  | "helpful" // to help, inform, support, invite: a selection for the people's own benefit
  | "infer" // guess, deduce, predict: inferring a sensitive trait is profiling
  | "usage" // use, take into account, mention: « n'utilise pas l'état de santé » sets the trait aside
  | "regardless" // regardless of, « quel que soit »
  | "push" // encourage, suggest, « inciter », « faire comprendre »: pushing a person towards something
  | "departure" // leave, switch insurer, « quitter », « changer de mutuelle », « ailleurs »: where a push out goes
  | "objectBound" // remove, drop, « retirer », « supprimer »: adverse only when a person is the object
  | "threat" // hurt, block, « compromettre », « freiner »: with a career word, a career consequence
  | "career" // career, promotion, « évolution », « avancement », « poste »
  | "probe" // find out, « savoir », « deviner »: with « si » / "whether", probing a trait
  | "hiring" // interview, hiring, « entretien », « embauche »; or a discreet probe (« l'air de rien »)
  | "marketing" // sell, ads, upsell, « vendre », « offre commerciale »
  | "futureAux" // will, won't, shall
  | "audit" // check, review, « vérifie »: « ce qui pourrait pénaliser » is a risk being examined
  | "cost" // « coûtent cher », "too expensive", « ne sont plus rentables »: people weighed as a cost
  | "reserve" // « réserver à », "reserved for", "should go to": a benefit kept for some people only
  | "reassign" // « affectés », "moved to", transferred: with a sideline word, a career consequence
  | "sideline" // « moins exposé », "less visible", back office: where a reassignment sidelines
  | "suits" // « mieux couvert », "suit his needs better": a departure stated as the person's interest
  | "price" // rate, premium, « tarif », « cotisation »: « ajuster leur tarif » is no help to them
  | "humanReview" // « je le relirai », "signed by the handler": a person decides
  | "withhold" // a decision that holds something back: « en attente », "turned down", "can wait", "someone else"
  | "granted" // what a decision gives (access, bonus, cover, files): withheld under a negation
  | "anonymous" // « agrégées », "anonymised", "no names": figures, not people
  | "differential" // a different, worse treatment: later, instead, only, off the list, worse terms, watched, discouraged
  | "pretext" // « en invoquant un autre motif », "so she doesn't guess why", "frame it as": the real reason hidden
  | "lookup" // social media, « réseaux sociaux »: where people's private life is searched
  | "legit"; // for the people's benefit or by law: « plus vite », "voluntary", « obligation légale », "if they wish"

type Lexicon = Partial<Record<Role, { fr?: string; en?: string }>>;

/**
 * Entries are written as ordinary words, one phrase per comma; each is stemmed once at start-up.
 * `?` stands for any one word ("leave ? out" = "leave them out"), `#` for a number.
 */
const LEXICON: Lexicon = {
  people: {
    fr: "adhérent, adhérente, assuré, assurée, membre, client, cliente, bénéficiaire, salarié, salariée, employé, employée, collaborateur, collaboratrice, collègue, agent, candidat, candidate, candidature, postulant, demandeur, demandeuse, personnes, gens, patient, patiente, souscripteur, gestionnaire, conseiller, conseillère, ceux, celles, recrue, monsieur, madame, commercial, commerciaux, commerciale, commerciales, vendeur, vendeuse, vendeurs, technicien, technicienne, techniciens, cadre, cadres, intérimaire, stagiaire, alternant, équipe, =repondant, =repondants, =repondante, =repondantes, assurés, recrues, embauches, quiconque, travailleur, travailleurs, analyste, délégué, déléguée, délégués, agente, agentes, agents, personne, allocataire, souscripteurs, conducteur, conductrice, conducteurs, utilisateur, utilisateurs, locataire, locataires, prospect, prospects, lesquels, lesquelles, profils, quelqu un, quelqu une, prénoms, prénom, nom de famille, noms de famille, femmes, femme, hommes, mères, pères, =appelant, =appelants, =appelante, =appelantes, jeunes mères, jeunes parents, visiteur, visiteuse, visiteurs, visiteuses, usager, usagers, usagère, usagères",
    en: "member, policyholder, customer, client, insured, beneficiary, beneficiaries, employee, staff, colleague, worker, agent, candidate, applicant, application, people, person, persons, individual, patient, handler, adviser, advisor, those, them, recruit, team, sales team, workforce, salesperson, salespeople, trainee, intern, contractor, respondent, respondents, hires, recruits, anyone, whoever, ones, hire, analyst, rep, reps, steward, stewards, team lead, team leads, claimant, claimants, sign ups, workers, staffer, staffers, technician, technicians, driver, drivers, user, users, tenant, tenants, delegate, delegates, adviser, advisers, prospect, prospects, profiles, someone, somebody, first name, first names, surname, surnames, family name, family names, women, woman, men, mothers, fathers, caller, callers, new mothers, young mothers, new parents, visitor, visitors",
  },
  sensitivePerson: {
    fr: "diabétique, enceinte, syndiqué, syndiquée, séropositif, séropositive, malade, malades chroniques, handicapé, handicapée, invalide, dépressif, dépressive, hospitalisé, hospitalisée, âgé, âgée, personnes âgées, immigré, immigrée, musulman, musulmane, juif, juive, chrétien, chrétienne, catholique, homosexuel, homosexuelle, surendetté, surendettée, obèse, cancéreux, cancéreuse, bipolaire, schizophrène, alcoolique, fumeur, fumeuse, en bonne santé, porte le voile, portent le voile, porter le voile, voilée, voilées, parents isolés, parent isolé, mères célibataires, pères célibataires, familles monoparentales, famille monoparentale",
    en: "diabetic, pregnant, unionised, unionized, union members, disabled, sick, ill, chronically ill, elderly, foreigners, immigrant, muslim, jewish, jew, christian, catholic, gay, lesbian, transgender, obese, smoker, depressed, older, wears a headscarf, hiv-positive, hospitalised, =hospitalized, healthy, in good health, single parents, single parent, lone parents, lone parent, single fathers, single mothers",
  },
  sensitive: {
    fr: "état de santé, données de santé, donnée de santé, problème de santé, raisons de santé, raison de santé, santé mentale, profil santé, profil de santé, mauvaise santé, antécédents médicaux, antécédents, maladie, jours d arrêt, absences pour maladie, congé maladie, congé maternité, maternité, âge, origine, ethnie, ethnique, nationalité, couleur de peau, nés hors de France, né hors de France, née hors de France, nés à l étranger, né à l étranger, religion, religieuse, religieux, confession, croyances, syndicat, syndicale, opinions politiques, opinion politique, orientation sexuelle, vie sexuelle, surendettement, difficultés financières, difficulté financière, précarité, complémentaire santé solidaire, minima sociaux, faibles revenus, revenus modestes, génétique, consommation de soins, dépenses de santé, handicap, situation de handicap, grossesse, thérapie, suivi psychologique, psychologue, psychiatre, traitement médical, temps partiel thérapeutique, mi temps thérapeutique, traitement anticancéreux, anticancéreux, rendez vous médicaux, rendez vous médical, problèmes de dos, mal de dos, anxiété, polyarthrite, arthrite, asthme, projet de grossesse, projets de grossesse, avoir des enfants, enfants en bas âge, maladie mentale, migraine, migraines, épilepsie, dépendance à l alcool, addiction, diagnostics, diagnostic, risque santé, affection longue durée, affection de longue durée, longue maladie, arrêt longue maladie, arrêts maladie, arrêt maladie, traitement pour, traitements pour, suivi pour, soigné pour, soignée pour, soignés pour, atteint de, atteinte de, atteints de, atteintes de, atteint d, atteinte d, atteints d, atteintes d, souffre de, souffre d, souffrent de, souffrant de, diagnostiqué, diagnostiquée, congé parental, congé paternité, maladie de, maladie d, syndrome, syndrome de, trouble ?, troubles ?, sous traitement, affection chronique, affections chroniques, antécédent de, antécédent d, rémission, rechute, greffe, greffé, greffée, greffés, sourd, sourde, sourds, sourdes, aveugle, aveugles, malvoyant, malvoyante, malvoyants, malentendant, malentendante, malentendants, fauteuil roulant, ménopause, allaitement, allaite, allaitante, transgenre, transition de genre, changement de sexe, surpoids, imc, seniors, séniors, quinquagénaire, quinquagénaires, sexagénaire, sexagénaires, proche de la retraite, proches de la retraite, restriction d aptitude, restrictions d aptitude, inaptitude, reconnu travailleur handicapé, reconnue travailleur handicapé, travailleur handicapé, travailleurs handicapés, voile, foulard, kippa, turban, ramadan, jeûne, jeûnent, carême, prières, temps de prière, prient, pratiquant, pratiquante, pratiquants, délégué syndical, déléguée syndicale, délégués syndicaux, représentant du personnel, élus du personnel, cgt, cfdt, syndicat sud, nationalité étrangère, de nationalité, étrangers, étrangères, consonance, consonance étrangère, accent étranger, leur accent, son accent, maghrébin, maghrébine, maghrébins, maghrébines, africain, africaine, africains, africaines, banque alimentaire, banques alimentaires, restos du cœur, rsa, css, cmu, acs, ame, allocataire, allocataires, précaires, mère célibataire, mères célibataires, enfants à charge, situation familiale, avoir un enfant, avoir un bébé, fonder une famille, désir d enfant, projet d enfant, cardiaque, cardiaques, personnes valides, salariés valides, collègues valides, candidats valides, invalidité, psychiatrique, psychiatriques, auto immune, auto immunes, surdose, convalescence, convalescent, convalescente, se remet d, se remettent d, covid long, contraintes familiales, les plus âgés, plus âgés, doyens, paternité, congé de paternité, congé de maternité, shabbat, sabbat, mosquée, église, synagogue, temple, apnée, déficience, déficiences, déficient, déficiente, rqth, at mp, accident du travail, accidents du travail, maladie professionnelle, maladies professionnelles, pma, fiv, antidépresseurs, antidépresseur, j d arrêt, jours d arrêts, arrêts cumulés, d arrêt cumulés, problème d alcool, problèmes d alcool, alcoolisme, boit, boivent, passé médical, bagage médical, antécédents de santé, sans enfants, sans enfant, pas d enfants, pas d enfant, enfants en bas âge, projet de famille, vie de famille chargée, charges de famille, quartiers pauvres, quartier pauvre, quartiers populaires, quartiers sensibles, quartiers défavorisés, quartier défavorisé, cités, psy, =psys, gilles de la tourette, tourette, bégaiement, bègue, bégaie, dyslexie, dyslexique, dyspraxie, tdah, autisme, autiste, asperger, trouble dys, troubles dys, restrictions médicales, restriction médicale, fatigue chronique, syndrome de fatigue chronique, nés en france, né en france, née en france, nées en france, origine française, français de souche, française de souche, français d origine, essaie d avoir un enfant, essaient d avoir un enfant, essayer d avoir un enfant, tomber enceinte, veut un enfant, veulent un enfant, en arrêt, en arrêts, arrêt de travail, arrêts de travail, originaire d, originaires d, originaire de, originaires de, issus de l immigration, issu de l immigration, issue de l immigration, issues de l immigration, antillais, antillaise, antillaises, asiatique, asiatiques, arabe, arabes, =noirs, =noires, roms, gitans, méthotrexate, metformine, lithium, neuroleptiques, neuroleptique, antipsychotiques, benzodiazépines, trithérapie, remboursements pharmacie, remboursements de pharmacie, achats en pharmacie, dépenses de pharmacie, dépenses pharmacie, coûtent le plus, coûte le plus, les plus coûteux, les plus coûteuses, plus gros consommateurs, gros consommateurs de soins, pathologie, pathologies, traitement en cours, traitements en cours, affections longues, affection longue, enfant malade, enfants malades, en pleine forme, pleine santé, deux arrêts, trois arrêts, quatre arrêts, plusieurs arrêts, # arrêts, arrêts répétés, arrêts à répétition, absences répétées, nombre d arrêts, aidant, aidante, aidants, aidant déclaré, proche aidant, proches aidants",
    en: "health data, health status, health condition, health conditions, health reasons, health problems, health issues, health profile, health record, medical condition, medical conditions, medical history, mental health, illness, sickness, sick days, time off sick, sick leave, age, ethnic origin, ethnicity, ethnic, race, origin, nationality, skin colour, skin color, born outside, born abroad, religion, religious, faith, union membership, trade union, political opinions, political views, sexual orientation, financial hardship, financial difficulties, debt, low income, genetic, healthcare spending, care consumption, maternity, maternity leave, disability, disabilities, pregnancy, therapy, psychiatrist, psychologist, medical treatment, cancer treatment, medical appointments, medical appointment, back problems, back pain, heart condition, heart conditions, hospital stays, hospital stay, anxiety, arthritis, ivf, stress leave, have children, start a family, trying to conceive, mental health history, migraine, migraines, alcohol dependency, addiction, diagnoses, health risk, long term condition, long term conditions, long term illness, long term sick leave, mental health leave, sickness absence, treatment for, treated for, suffers from, suffering from, diagnosed with, diagnosis of, parental leave, paternity leave, disease, disorder, syndrome, chronic condition, chronic conditions, family history, early onset, remission, relapse, transplant, deaf, blind, partially sighted, hard of hearing, wheelchair, menopausal, breastfeeding, nursing mother, gender transition, transition, overweight, bmi, =seniors, near retirement, close to retirement, fitness restriction, fitness restrictions, antiretroviral, antiretrovirals, on medication, headscarf, hijab, turban, kippah, yarmulke, ramadan, religious fast, fasting, prayer times, prayer time, prays, pray, =observant, shop steward, shop stewards, union rep, union reps, union representative, union representatives, union delegate, union delegates, foreigners, foreign nationals, foreign nationality, foreign born, foreign sounding, surname, surnames, foreign accent, food bank, food banks, income support, benefits claimant, benefits claimants, debt counselling, debt advice, bankruptcy, single mother, single mothers, have a baby, have a child, cardiac, able bodied, psychiatric, autoimmune, auto immune, overdose, recovering from, convalescent, long covid, family commitments, family constraints, oldest, eldest, shabbat, sabbath, mosque, church, synagogue, apnoea, apnea, impairment, impairments, impaired, work injury, work injuries, workplace injury, occupational illness, occupational disease, antidepressants, debt plan, debt plans, back condition, back conditions, chronic ? condition, chronic ? conditions, chronic ? illness, drinking problem, drink problem, drinking problems, alcohol problem, alcohol problems, alcoholism, heavy drinker, drinks, health baggage, health history, medical baggage, clean health record, clean bill of health, no kids, no children, without kids, without children, childless, family commitments, family constraints, family obligations, young kids, young children, planning a family, start a family, drinking issue, drinking issues, poor neighbourhoods, poor neighborhoods, poor areas, deprived areas, deprived area, low income areas, low income area, rough neighbourhoods, rough areas, tourette, tourette s, stammer, stutter, stuttering, dyslexia, dyslexic, dyspraxia, adhd, autism, autistic, asperger, medical restrictions, medical restriction, chronic fatigue, chronic fatigue syndrome, chronic pain, born in france, french born, native french, trying for a baby, trying to conceive, try for a baby, want a baby, wants a baby, get pregnant, getting pregnant, invalidity, invalidity pension, off sick, originally from, of african descent, african, africans, north african, north africans, arab, arabs, asian, asians, roma, immigrant background, migrant background, methotrexate, metformin, lithium, antipsychotics, benzodiazepines, pharmacy purchases, pharmacy claims, pharmacy spending, pharmacy reimbursements, the most cost, most of the cost, cost the most, costliest, heaviest claimers, biggest claimers, highest claimers, their conditions, their diagnoses, undergoing treatment, in treatment, currently in treatment, phased return, gradual return, therapeutic part time, sick child, sick children, fit and healthy, two sick leaves, three sick leaves, several sick leaves, # sick leaves, repeated absences, repeated sick leave, solidarity top up, solidarity top up scheme, solidarity health cover, low income scheme, registered carer, carer, carers, caregiver, caregivers, unpaid carer",
  },
  select: {
    fr: "montre ? uniquement, montre uniquement, affiche uniquement, n affiche que, garde uniquement, garde seulement, ne garde que, retiens uniquement, retiens seulement, mets en évidence, mettre en évidence, surligne, surligner, mets en rouge, colorie, noms des, repérer, repère, repérez, identifier, identifie, identifiez, cibler, cible, ciblez, ciblage, lister, liste, listez, faire la liste, fais la liste, dresse la liste, recenser, recense, sélectionner, sélectionne, sélectionnez, sélection, isoler, isole, signaler, signale, marquer, filtrer, filtre, extraire, extrais, trouver, trouve, trouvez, quels, quelles, lesquels, lesquelles, mettre à part, mets à part",
    en: "colour ? red, colours ? red, color ? red, colors ? red, colour red, colours red, color red, colors red, tag, tagged, show only, only show, show me only, keep only, only keep, pull out, highlight, names of, identify, find, list, pick, pick out, single out, select, selection, target, flag, spot, track, filter, isolate, which, mark",
  },
  rank: {
    fr: "tarifer, tarife, tarifez, tarification, classer, classe, classez, classement, trier, trie, triez, scorer, score, note de risque, profiler, profilage, profil, établis le profil, segmenter, segmentation, hiérarchiser, départager, prioriser, priorise, favoriser, favorise, privilégier, privilégie",
    en: "price, pricing, rank, ranking, sort, score, scoring, shortlist, profile, profiling, segment, classify, grade, prioritise, prioritize, favour, favor, prefer",
  },
  adverse: {
    fr: "exclure, exclus, excluez, exclusion, écarter, écarte, écartez, écartant, rejeter, rejette, rejetez, rejet, refuser, refuse, refusez, refus, pénaliser, pénalise, pénalisez, sanctionner, sanctionne, défavoriser, défavorise, discriminer, licencier, =licencie, =licenciez, =licencions, =licencies, =licenciees, licenciement, résilier, résilie, résiliation, majorer, majoration, surprime, augmenter leur cotisation, augmenter la cotisation, augmente leur cotisation, décourager, dissuader, en dernier, mettre de côté, mets de côté, mettez de côté, mis de côté, surveiller, surveille, surveillance, rétrograder, bloquer, déprioriser, moins bien noter, note plus basse, notes plus basses, moins bonne note, baisse ? note, pénalité, se débarrasser, débarrasse, réaffecter, muter, augmente ? tarif, augmenter ? tarif, augmente ? tarifs, augmente ? cotisation, augmente ? cotisations, hausse de cotisation, hausse des cotisations, hausse de tarif, hausse des tarifs, augmentation de cotisation, augmentation de la cotisation, augmentation des cotisations, après les autres, après tous les autres, retirer des points, retire des points, enlève des points, enlever des points, déduis des points, plan social, plan de départs, plan de départ, réduction d effectifs, réduction des effectifs, suppression de postes, suppressions de postes, postes à supprimer, cotisation plus élevée, cotisations plus élevées, tarif plus élevé, tarifs plus élevés, applique une majoration, applique #, appliquer #, passe en dernier, mets à la fin, mettre à la fin, place à la fin, en fin de liste, ralentir, ralentis, ralentissez, classer sans suite, classe sans suite, classée sans suite, classé sans suite, plus strictement, plus sévèrement, paient davantage, payer davantage, paient plus, payer plus, paie plus, ajoute # à la cotisation, ajouter # à la cotisation, ne correspond plus à nos, ne correspond plus à notre, ne correspondent plus à nos, ne correspondent plus à notre, ne lui est plus ouvert, ne lui est plus ouverte, ne leur est plus ouvert, ne leur est plus ouverte, laisser de côté, laisse de côté, laissez de côté, laissés de côté, ne pas honorer, ne pas payer, ne pas donner suite, ne pas y donner suite, pousser vers la sortie, pousse vers la sortie, poussez vers la sortie, à pousser vers la sortie, ne pas ? honorer, ne pas ? payer, annuler, annule, annulez, annulation, cite nommément, citer nommément, restructuration, plan de sauvegarde de l emploi, citant nommément, =nommement, file la plus lente, rendre plus difficile, plus difficile pour, entretien préalable, procédure disciplinaire, sanction disciplinaire, avertissement, mise à pied, transmets leurs noms, transmettre leurs noms, transmets leur nom, donne leurs noms, envoie leurs noms, communique leurs noms, signale les à, recadrage, entretien de recadrage, entretiens de recadrage, suivi hebdomadaire, suivi quotidien, nombre de pauses, relevé des pauses, à envoyer à la direction, plus difficile à, plus difficiles à, plus compliqué à",
    en: "exclude, exclusion, reject, rejection, refuse, deny, decline, penalise, penalize, sanction, disadvantage, discriminate, dismiss, fire, lay off, laid off, layoff, layoffs, redundancy, redundancies, first to go, terminate, cancel, cancellation, leave out, leave ? out, leave off, keep off, keep ? off, keep out, keep ? out, screen out, screened out, weed out, filter out, discourage, push out, push ? out, raise their premium, raise the premium, surcharge, score ? lower, rank ? lower, processed last, watch, monitor, demote, deprioritise, deprioritize, bottom, lower score, lower mark, lower rating, penalty, let go, let ? go, reassign, get rid, raise ? premium, raise ? premiums, increase ? premium, increase ? premiums, premium increase, higher premium, higher premiums, charge ? more, after everyone, after all the others, take off points, taking off points, takes off points, deduct points, points off, premium # higher, premiums # higher, back of the queue, do not renew, put ? last, loading, premium loading, slow down, slowing down, slow ? down, closed without payment, close ? without payment, handled last, handle ? last, treated last, examined last, dealt with last, more strictly, more harshly, pay more, pays more, paying more, add # to the premium, adds # to the premium, no longer fits our, no longer matches our, no longer open to her, no longer open to him, no longer open to them, no longer available to her, no longer available to him, no longer available to them, higher contribution, higher contributions, left out, manage out, managed out, managing out, manage ? out, avoid paying, get out of paying, not follow up, push towards the exit, show ? the door, by name, name the, naming the, names of the, slowest queue, slowest lane, slowest pile, back of the line, make it harder, makes it harder, making it harder, harder for, harder to, more difficult to, comes off the, come off the, coming off the, zero bonus, no bonus, bonus to zero, restructuring, raise premiums, raise prices, increase premiums, raise the premiums, disciplinary, disciplinary meeting, disciplinary hearing, written warning, formal warning, send their names, share their names, pass their names, pass on their names, give their names, forward their names, send the names, share the names, report them to, performance correction, performance improvement plan, capability meeting, weekly tracking, daily tracking, number of breaks, count their breaks, off the cover, off the insurance",
  },
  benefit: {
    fr: "proposer, propose, promouvoir, promotion, recruter, embaucher, renouveler, reconduire, reconduit, retenir, retenu, retenus, garder, inviter, augmenter, prime, entretien, éligible, éligibles, droit, bénéficier, bénéficie, confirmer, confirme, prolonger, prolonge, titulariser",
    en: "promote, promotion, hire, renew, retain, keep, invite, consider, shortlist, interview, eligible, entitled, benefit, receive, offer, offered, offering, confirm, confirmed, extend, extended, extending, carry over, carried over, put ? forward, proceed, move forward, go ahead, take ? forward",
  },
  negation: {
    fr: "ne, n, pas, jamais, sans, aucun, aucune, ni, rien, non, anti, éviter, évite, évitez, arrête d, arrêter de, cesse d, cesser de",
    en: "not, no, never, without, unable, cannot, avoid, avoiding, rather not, don, doesn, isn, aren, won, nobody, none, nothing, neither, nor, regardless, irrespective, non, anti, stop, stops, didn, wouldn, couldn, shouldn",
  },
  pastFact: {
    fr: "ont, été, avait, avaient, était, étaient, déjà, eu, avons, avez, aviez, avions, ai",
    en: "was, were, been, had, has, have, already",
  },
  explain: {
    fr: "expliquer, explique, expliquez, pourquoi, contester, conteste, contestez, contestation, recours, motiver, motive, comprendre, informer, annoncer, demande si, se demande, veut savoir, s inquiète, pense que, croit que, estime que, qui souhaite, qui souhaitent, qui veut, qui veulent, à sa demande, à leur demande, comment, demande à être, demandent à être, a demandé à être, ont demandé à être, explication, explications",
    en: "explain, explains, explaining, why, contest, contests, contesting, dispute, disputes, disputing, appeal, appeals, understand, inform, announce, asks whether, asks if, asking whether, asking if, wonders, wants to know, worried, thinks, believes, feels, who wants, who want, who wishes, who wish, at her request, at his request, at their request, how to, how do, how does, asked to be, asks to be, ask to be, explanation, explanations",
  },
  criterion: {
    fr: "selon, en fonction de, d après, à partir de, sur la base de, par, suivant, au vu de, compte tenu de, basé sur, basée sur, basés sur, fondé sur, à cause de, à cause du, à cause des, en raison de, en raison du, en raison des, pour cause de, pour raisons de, pour raison de",
    en: "by, based on, according to, from, using, on the basis of, in light of, depending on, because of, due to, owing to, for health reasons, for medical reasons, whenever",
  },
  decide: {
    fr: "décider, décide, décidez, décision, trancher, tranche, statuer, statue, valider, valide, validez, rejeter, rejette, accorder, accorde, refuser, refuse, approuver, approuve, arbitrer, doit être payé, doit être payée, doit être remboursé, doit être remboursée, doit être pris en charge",
    en: "decide, decision, approve, approval, reject, accept, refuse, grant, deny, should be paid, should be covered, should be refunded, is payable",
  },
  decisionLead: { fr: "prends, prendre, prenez, rends, rendre", en: "make, take, give, have" },
  final: {
    fr: "finale, final, définitive, définitif, dernier mot",
    en: "final, definitive, last word, final say",
  },
  claim: {
    fr: "remboursement, rembourser, dossier, demande, prise en charge, sinistre, réclamation, devis, indemnisation, garantie",
    en: "claim, reimbursement, request, file, cover, coverage, application, quote, case, refund",
  },
  alone: {
    fr: "décide pour moi, décider pour moi, je ne vérifierai pas, je ne relirai pas, =seul, =seule, tout seul, toute seule, toi même, vous même, automatiquement, en autonomie, de façon autonome, sans validation, sans intervention humaine, sans intervention, sans relecture, sans contrôle, sans vérification, sans supervision, sans qu un gestionnaire, sans gestionnaire, sans humain, pas le temps de le relire, pas le temps de relire, pas le temps de vérifier, pas le temps de le vérifier, personne ne relira, personne ne vérifiera, sans me consulter, sans consulter, personne ne vérifie, personne ne relit, personne ne contrôle, personne ne regarde, personne ne valide, personne ne les relit, personne ne les vérifie, sans me demander, sans demander, sans validation humaine, à ma place, tu es le gestionnaire, c est toi qui, à toi de décider, dernier mot, directement au paiement, part directement en paiement, part en paiement, envoyé directement",
    en: "decide for me, i won t check, i will not check, i won t review, without checking, yourself, on your own, by yourself, alone, autonomously, automatically, without review, without validation, without human, without a human, no human, no one will review, no one will check, nobody will review, nobody will check, no one will read, don t have time to check, don t have time to review, do not have time to check, no human review, without consulting, without asking me, without asking, without human approval, without any check, in my place, instead of me, on my behalf, you are the claims handler, you are the handler, your call, you decide, last word, final say, straight to payment, directly to payment, goes straight out, sent as is, paid out directly, no one double checks, nobody double checks, nobody checks, no one checks, nobody reviews, no one reviews, nobody reads, no one reads, nobody looks at, no one looks at, nobody verifies, no one verifies, nobody signs off, no one signs off",
  },
  care: {
    fr: "hospitalisation, hospitalisé, hospitalisée, hospitalière, hospitalier, ordonnance, certificat médical, dossier médical, soins, =soin",
    en: "hospitalisation, hospitalization, hospitalised, =hospitalized, hospital, prescription, medical certificate, sick note, medical record, care",
  },
  helpful: {
    fr: "aider, aide, accompagner, accompagnement, informer, inviter, soutenir, soutien, aménager, aménagement, faciliter, prévention, rappeler, contacter, orienter, conseiller, appeler, appelle, appelez, =telephoner, =telephonez, joindre, bien versé, bien versée, bien versés, bien versées, leurs rentes, leur rente, leurs droits",
    en: "drop ? line, drop ? ? line, help, support, assist, invite, offer, inform, accommodate, accommodation, adjust, prevention, contact, call, reach out, remind, guide, =advise, =advising, phone, ring, being paid, are paid, their pensions, their pension, their entitlements",
  },
  infer: {
    fr: "deviner, devine, devinez, déduire, déduis, déduisez, inférer, infère, prédire, prédis, prédisez, anticiper qui, estimer, estime, estimez, évaluer, évalue, évaluez, probablement, =surement, sans doute, vraisemblablement, présumé, présumée, présumés, supposé, supposée, supposés, doit être, doivent être, trahit, trahissent",
    en: "guess, infer, deduce, predict, work out, estimate, estimates, estimating, figure out, work out, tell which, probably, likely, presumably, presumed, assumed, must be, most likely, give away, gives away",
  },
  usage: {
    fr: "utiliser, utilise, utilisez, tenir, tiens, tenez, compte, fonder, fonde, baser, base, appuyer, appuie, mentionner, mentionne, prendre, prends, demander, demande, citer, cite, collecter, recueillir, inclure, inclus",
    en: "use, using, consider, considering, account, base, based, rely, mention, ask, include, collect, factor, take",
  },
  humanReview: {
    fr: "je relirai, je le relirai, je la relirai, je vérifierai, je le vérifierai, je validerai, je signerai, relu par, validé par, validée par, signé par, signée par, revient au gestionnaire, le gestionnaire décide, le gestionnaire valide, avant validation",
    en: "i will review, i ll review, i will check, i ll check, i will sign, reviewed by, approved by, signed by, checked by, the handler decides, the handler approves, before approval, for my review",
  },
  push: {
    fr: "inciter, incite, incitez, incitant, encourager, encourage, encouragez, encourageant, pousser, pousse, poussez, suggérer, suggère, suggérez, conseiller de, conseille, conseillez, recommander, recommande, recommandez, convaincre, convaincs, amener, amène, faire comprendre, fais comprendre, fait comprendre, fais ? comprendre, fait ? comprendre, faire ? comprendre, dis, inviter à, invite à, invitant à, orienter vers, oriente vers, proposer, propose, proposez, faire sentir, fais ? sentir, fait ? sentir, faire ? sentir, doit comprendre, doivent comprendre, doit bien comprendre, argumentaire pour, convaincre, persuader",
    en: "encourage, encouraging, push, nudge, nudging, suggest, suggesting, convince, persuade, urge, =advise, =advising, recommend, invite, inviting, hint, steer, get ? to, tell, let ? know, make ? feel, makes ? feel, making ? feel, talk ? into, talks ? into, talking ? into, =talk, pitch to, get ? to, get ? ? ? to, win ? over",
  },
  departure: {
    fr: "retraite anticipée, préretraite, départ volontaire, départ anticipé, quitter, quitte, quittez, quittent, quitteront, quittera, partir, partent, partiront, changer de mutuelle, changer d assureur, changer de complémentaire, changer d organisme, autre mutuelle, autre assureur, autre complémentaire, autre organisme, ailleurs, concurrence, concurrent, démissionner, démission, résilier, leur départ, son départ, ne plus être couvert, ne plus être couverts, se désaffilier, se désinscrire, renoncer à leur couverture, renoncer au contrat, renoncer à la garantie, renoncent au contrat, laisse tomber, laisser tomber, abandonne sa réclamation, abandonner sa réclamation, abandonne sa demande, abandonner sa demande, retire sa plainte, retirer sa plainte, retire sa réclamation, renonce à sa réclamation, renoncer à sa réclamation, renonce à sa demande, formule inférieure, formule moins chère, moins de garanties, garanties réduites, couverture réduite, contrat moins couvrant, descendre de gamme, moins couvrante, moins couvrant, moins protectrice, basculer vers, basculer sur, passer à la formule",
    en: "early retirement, voluntary departure, voluntary redundancy, leave, leaving, leaves, quit, quits, switch insurer, switch insurers, switch provider, another insurer, another insurance, another provider, other insurer, other insurers, competitor, competitors, elsewhere, resign, resignation, different insurer, different insurers, different provider, no longer on the plan, no longer on, their departure, his departure, her departure, opt out, opting out, opts out, drop out, drop their cover, cancel their cover, looking elsewhere, look elsewhere, let it drop, lets it drop, let it go, lets it go, drop the complaint, drops the complaint, withdraw the complaint, withdraws the complaint, withdraw her complaint, withdraw his complaint, back off, backs off, cheaper plan, less cover, lower cover, reduced cover, downgrade, downgrading, basic plan, entry level plan, much lower cover, switch to the, switch to a, move to the cheaper, lower tier",
  },
  objectBound: {
    fr: "retirer, retire, retirez, retirés, retirées, retiré, retirée, supprimer, supprime, supprimez, renvoyer, renvoie, renvoyez, observer, observe, observez",
    en: "remove, removing, removed, drop, dropping, taken off, take ? off, taking ? off, withdraw, withdrawn, withdrawing, observe, observing",
  },
  threat: {
    fr: "compromettre, compromet, nuire, nuit, freiner, freine, bloquer, bloque, menacer, menace, menacé, menacée, pénaliser, pénalise, ralentir, casser, supprimer, supprimé, supprimée, pris en compte, prises en compte, prise en compte, compteront contre, comptera contre, pèseront sur, pèsera sur, jouera contre, joueront contre, réfléchir à deux fois, réfléchisse à deux fois, réfléchissent à deux fois",
    en: "hurt, hurts, damage, damages, harm, harms, jeopardise, jeopardize, block, blocks, hold back, holds back, stall, at risk, threaten, threatens, cut, eliminate, eliminated, taken into account, count against, counts against, held against, weigh on, weighs on, think twice",
  },
  career: {
    fr: "évolution, carrière, avancement, promotion, poste, emploi, prime, mutation, évaluation, évaluations, évaluation annuelle, entretien annuel, entretien d évaluation",
    en: "career, prospects, promotion, job, position, role, bonus, transfer, appraisal, appraisals, performance review, annual review, rating",
  },
  probe: {
    fr: "savoir, découvrir, deviner, vérifier discrètement, diront, dira, dire, révéler, révèlent, révèle, révéleront, trahir, trahissent, trahiront, montrer, montrent, montreront",
    en: "find out, reveal, discover, learn, determine, work out, tell",
  },
  hiring: {
    fr: "entretien, embauche, recrutement, recruter, candidat, candidate, postulant, discrètement, l air de rien, sans en avoir l air, subtilement, indirectement, embaucher, embauchons, offre d emploi, fiche de poste, profil recherché, profils recherchés, on cherche, nous cherchons, recherchons, recherche un, recherche une, idéalement, annonce de recrutement, annonce interne, annonce de poste, poste à pourvoir, postes à pourvoir",
    en: "interview, hiring, recruitment, recruit, applicant, candidate, discreetly, subtly, indirectly, without asking directly, quietly, hire, hiring, job ad, job advert, job posting, job description, job offer, ideal candidate, ideal candidates, we re looking for, looking for someone, ideally, shortlist, open position, open role, vacancy, vacancies",
  },
  marketing: {
    fr: "vendre, vente, ventes, publicité, publicités, offre commerciale, offres commerciales, prospection, campagne commerciale, fidélisation, fidéliser, fidélise, fidélisez, rétention, marketing, promotionnelle, promotionnelles, offre promotionnelle, relance commerciale",
    en: "sell, selling, ads, advertising, upsell, upselling, cross sell, sales pitch, retention, retention offer, retention offers, loyalty offer, loyalty offers, win back, marketing, promotional, promo",
  },
  futureAux: { en: "will, won, shall" },
  audit: {
    fr: "vérifie, vérifier, vérifiez, contrôle, contrôler, contrôlez, relis, relire, audite, auditer",
    en: "check, verify, review, audit, proofread, look for",
  },
  cost: {
    fr: "coûtent cher, coûte cher, coûtent trop cher, coûte trop cher, coûtent déjà, coûte déjà, trop coûteux, trop coûteuse, trop coûteuses, trop cher, trop chers, plus rentable, plus rentables, pas rentable, pas rentables, pèsent lourd, pèse lourd, coûtent plus, coûte plus",
    en: "too expensive, cost us, costs us, cost too much, costs too much, cost enough, not profitable, no longer profitable, unprofitable, weigh heavily, weighs heavily, a burden, drain on",
  },
  reserve: {
    fr: "réserver, réserve, réservez, réservé, réservée, réservés, réservées, uniquement aux, seulement aux",
    en: "reserve, reserved for, should go to, should only go to, only go to, go only to, only to staff, only to members",
  },
  reassign: {
    fr: "affecter, affecte, affectez, affecté, affectée, affectés, affectées, réaffecter, réaffecté, réaffectés, muter, muté, mutés, déplacer, déplacés, placer, placés, basculer, basculés, installer, installe, installez, installé, installée, installés, installées, planifier, planifie, planifiez, planifié, planifiés, programmer, programme, programmez, mettre, mets, mettez, mis, mise, relocaliser, assigner, assigne, assignez, assignés, iront dans, iront au, iront à, ira dans, ira au, ira à, travailleront dans, travailleront au, =caser, =casez, parquer, parque, parquez, cantonner, cantonne, cantonnez, planquer, planque, iront sur, ira sur, seront basés, sera basé, sera basée",
    en: "move, moved, moving, transfer, transferred, reassign, reassigned, shift, shifted, placed, put on, put, puts, putting, assign, assigns, assigned, assigning, schedule, scheduled, scheduling, roster, rostered, seat, seated, relocate, relocated, station, stationed, stick, sticks, park, parked, dump, dumped, confine, confined, tuck away, tucked away",
  },
  sideline: {
    fr: "moins exposé, moins exposée, moins exposés, moins exposées, moins visible, moins visibles, back office, placard, à l écart, sans contact client, moins de responsabilités, loin de la clientèle, loin des clients, aux archives, archives",
    en: "less visible, less exposed, back office, sidelined, out of sight, away from clients, fewer responsibilities, less responsibility, off customer facing, away from customers, archives",
  },
  suits: {
    fr: "mieux couvert, mieux couverte, mieux couverts, mieux adapté, mieux adaptée, mieux adaptées, mieux adaptés, plus adapté, plus adaptée, mieux protégé, mieux protégée",
    en: "better covered, better off, suit ? needs better, suit ? ? needs better, suits ? needs better, better suited, more suitable, suit ? better, would suit",
  },
  price: {
    fr: "tarif, tarifs, cotisation, cotisations, prix, surprime, prime d assurance",
    en: "rate, rates, premium, premiums, price, prices, pricing, contribution, contributions",
  },
  withhold: {
    fr: "décliner, décline, déclinez, déclinée, déclinées, déclinés, décliné, en attente, mettre en attente, mets en attente, peuvent attendre, peut attendre, repart sur, repartir sur, repartons sur, on part sur, deuxième profil, autre profil, autre candidat, autre candidate, second profil, sortir du contrat, sortis du contrat, sorti du contrat, sortie du contrat, sorties du contrat, revoir ? affiliation, maintient ? résiliation, maintenir ? résiliation, maintenons ? résiliation, perdre l accès, perdront l accès, perdra l accès, second candidat, seconde candidate, second choix, dis non, dites non, réponds non, répondez non, dire non, répondre non",
    en: "turn down, turned down, turn ? down, turns down, decline, declined, on hold, put on hold, can wait, going with the second, go with the second, going with the other, go with the other, another candidate, the other candidate, the second candidate, other applicant, taken out, take ? out, taking ? out, reconsider ? enrolment, reconsider ? enrollment, lose access, loses access, losing access, lose their access, cancellation stands, cancellation ? ? stands, refusal stands, maintain ? cancellation, skipped for, skip ? for, passed over, pass ? over, overlooked for, runner up, the runner up, second choice, go with the second, say no, tell ? no, the answer is no",
  },
  granted: {
    fr: "accès, accéder, prime, primes, bonus, priorité, prioritaire, proposé, proposés, proposée, proposées, proposer, dossiers clients, dossier client, contrat, garantie, couverture, option, options, droit, droits, éligible, éligibles, accordé, accordée, accordés, accordées, s applique, s appliquent, s appliquera, s appliqueront, offre, offres, remise, remises, réduction, réductions, invitation, invitations, disponible, disponibles",
    en: "access, bonus, bonuses, priority, put up, put ? up, put forward, proposed, client files, client file, handle, contract, cover, coverage, option, options, entitled, eligible, granted, applies to, apply to, offer, offers, discount, discounts, invitation, invitations, available",
  },
  anonymous: {
    fr: "agrégé, agrégée, agrégés, agrégées, anonymisé, anonymisée, anonymisés, anonymisées, anonyme, anonymes, sans nom, aucun nom, pas de noms, statistiques, moyenne, moyennes, totaux",
    en: "aggregated, aggregate, anonymised, anonymized, anonymous, no names, without names, statistics, averages, average, totals",
  },
  // A different treatment of people, by class of act (stems, so each entry covers its inflections). With a
  // trait tied to the people it falls on, it is harm whatever the verb: the classes, not the surface
  // forms, are what generalises.
  differential: {
    fr:
      // someone else, except them, only the others: comparison and substitution
      "derrière tout le monde, derrière les autres, ne souhaite plus, ne souhaitons plus, ne voulons plus, ne veut plus, ne veux plus, en haut, en tête de, le plus éloigné, la plus éloignée, les plus éloignés, attribue 0, attribuer 0, donne 0, mets 0, =0 point, =0 points, zéro point, aucun point, uniquement vers, seulement vers, plus ferme, plus fermes, en veille, en sommeil, tâches plus simples, de moitié, à moitié, moitié moins, moins d options, ne pas assurer, ne plus assurer, uniquement pour, seulement pour, les plus jeunes, contrairement aux, contrairement à, à la différence des, sauf, excepté, exceptés, hormis, à l exception de, à l exception des, seuls les, seules les, plutôt que, plutôt qu, au lieu de, au lieu d, à la place de, quelqu un d autre, à d autres, ira à, iront à, au profit de, au profit des, le reste à, " +
      // a choice between people
      "prendra celui, prendra celle, prend celui, prend celle, prends celui, prends celle, choisis celui, choisis celle, choisir celui, choisir celle, retiens celui, retiens celle, garde celui, garde celle, de préférence, préférentiellement, =prioritairement, " +
      // later, lower, held up: order and delay
      "décaler, décale, décalez, décalé, décalée, décalés, décalées, reporté d, reportée d, reportés d, reportées d, reporté à, reportée à, les derniers à, les dernières à, le dernier à, la dernière à, attendre plus, attendront plus, attendra plus, en dessous de, en dessous des, en bas de, en bas, en queue, en fin de file, en fin de pile, à la fin de la file, à la fin de la liste, passer après, passe après, passent après, passera après, passeront après, après les collègues, après ses collègues, après leurs collègues, après tout le monde, reléguer, relègue, reléguez, relégué, reléguée, reléguées, relégués, repousser, repousse, repoussez, repoussé, différer, diffère, retarder, retarde, retardez, faire traîner, fais traîner, faites traîner, traîner, laisser attendre, attendront, attendra, geler, gèle, gelé, gelée, gelés, gelées, suspendre, suspends, suspendu, suspendue, moins prioritaire, moins prioritaires, priorité basse, basse priorité, points de priorité, point de priorité, plus lent, plus lente, plus lentement, " +
      // kept in or out: selection
      "sortir du, sortir de, sors du, sors de, sortez du, sortez de, sortis du, sortis de, garde seulement, ne garde que, ne gardez que, uniquement aux, uniquement à, uniquement les, uniquement ceux, uniquement celles, seulement ceux, seulement celles, seuls ceux, seules celles, à garder, à écarter, hors de, hors du, ne convie pas, ne convions pas, ne conviez pas, ne pas convier, ne pas inviter, ne les invite pas, ne pas inclure, ne les inclus pas, tenir à l écart, tenu à l écart, tenue à l écart, tenus à l écart, tenues à l écart, mis à l écart, mise à l écart, mis au placard, " +
      // worse terms
      "surprime, surprimes, majoration, majorations, n est pas accepté, n est pas acceptée, ne sont pas acceptés, ne sont pas acceptées, ne sera pas accepté, ne sera pas acceptée, hausse tarifaire, hausse de, franchise plus élevée, franchises plus élevées, plus cher, plus chère, plus chers, plus chères, # plus cher, # plus chère, # plus chers, # de cotisation, # sur la cotisation, # sur leur cotisation, multiplier, multiplie, multipliez, coefficient, pondérer, pondère, indice de, perdre # points, fait perdre, fera perdre, font perdre, moins # points, # points de moins, malus, retire # euros, retirer # euros, enlève # euros, enlever # euros, moins # euros, retenue, retenues, d abord =les, d abord ceux, d abord celles, puis ceux, puis celles, ensuite ceux, ensuite celles, qu aux, qu au, qu à, ne ? qu aux, réduit, réduite, réduits, réduites, taux réduit, moins remboursés, moins remboursé, remboursés moins, perdent, perdront, perdra, créneaux les moins, postes les moins, les moins ?, les plus pénibles, notée plus bas, noté plus bas, notés plus bas, notées plus bas, ne peut plus, ne pourra plus, ne peuvent plus, horaires les moins, moins demandés, moins demandées, moins prisés, moins prisées, moins intéressants, moins intéressantes, moins attractifs, moins attractives, moins attrayants, plus sèche, plus sèches, plus sec, plus secs, plus dure, plus durs, plus sévère, plus sévères, plus stricte, plus strictes, " +
      // an end to a job or a path
      "rupture conventionnelle, fin de mission, non renouvellement, non reconduction, titulariser, titularisera, titularisation, période d essai, promouvables, ne figurera plus, ne figureront plus, radier, radié, radiée, radiés, rayer, rayé, rayée, rayés, ne plus positionner, ne seront plus positionnés, ne sera plus positionné, ne sera plus positionnée, parte en invalidité, partent en invalidité, partir en invalidité, " +
      // parted with, set apart
      "se séparer, =separes, =separees, =separement, groupes séparés, équipes séparées, plus les bienvenus, plus les bienvenues, pas les bienvenus, ne plus envoyer, ne plus proposer, arrêter d envoyer, arrête d envoyer, cesser d envoyer, plus onéreux, plus onéreuse, " +
      // made harder, watched
      "à l œil, alerte rouge, drapeau rouge, haut risque, à risque, risque élevé, décourager, dissuader, justificatifs supplémentaires, pièces supplémentaires, réclamer systématiquement, réclame systématiquement, exiger systématiquement, exige systématiquement, demander systématiquement, demande systématiquement, compliquer, complique, à surveiller, liste de surveillance, deux fois plus, trois fois plus, plus souvent, contrôles renforcés, contrôle renforcé, vérification renforcée, de plus près, " +
      // fewer of them: steering a population
      "attirer moins, en attirer moins, en recruter moins, recruter moins, couper la publicité, couper les publicités, moins de publicité, ne plus cibler, retiendra plutôt, retiendrons plutôt, retiendra de préférence, choisira plutôt, prendra plutôt, moins favorablement, moins favorable, plus sévèrement, n a plus sa place, n ont plus leur place, n a plus de place, plus sa place, plus leur place, sollicités en premier, sollicitées en premier, contactés en premier, approchés en premier, visés en premier, malvenu, malvenue, malvenus, loin des, loin de la direction, pas aux autres, pas pour les autres, mettre fin à la période d essai, mettre fin à sa période d essai, mets fin à sa période d essai, rompre la période d essai, rompre sa période d essai, file lente, circuit lent, circuit long, voie lente, ne convient pas au poste, pas adapté au poste, pas adaptée au poste, pas fait pour le poste, pas faite pour le poste, augmente leur tarif, augmente leurs tarifs, augmenter leur tarif, augmenter leurs tarifs, augmente leur devis, augmente leurs cotisations, augmenter leurs cotisations, augmente leur cotisation, contrôle systématique, contrôles systématiques",
    en:
      // someone else, except them, only the others
      "behind everyone, behind the others, no longer want, don t want any, do not want any, at the top, top of the list, farthest, furthest, moved off, move ? off, moves off, scores lower, score lower, rank lower, ranks lower, rated lower, give 0, gives 0, zero points, =0 points, =0 point, no points, only towards, firmer, simpler tasks, look worse, looks worse, half the usual, half the rate, half rate, more slowly, fewer options, not insure, stop insuring, only for, the younger ones, younger colleagues, younger staff, except, excepting, apart from, other than, unlike, instead of, rather than, someone else, somebody else, to others, other candidates, in favour of, in favor of, only staff, only employees, only members, only applicants, only candidates, only people, only send, send only, only to, =exclusively, only those, only the ones, leave the rest, " +
      // a choice between people
      "the one without, the one with no, the one who doesn t, recommend the one, pick the one, choose the one, hire the one, go with the one, keep the one, preferentially, preferably, in preference, " +
      // later, lower, held up
      "the last to, wait longer, wait an extra, wait extra, bottom of the pile, bottom of the list, bottom of the queue, end of the queue, end of the line, back of the line, back of the queue, last in line, pick last, picks last, go last, goes last, after everyone else, after the others, after their colleagues, push back, pushed back, push ? back, moved back, move ? back, moves back, postpone, postponed, delay, delayed, delaying, hold off, put off, put ? off, freeze, frozen, on ice, drag out, let ? drag, lower priority, low priority, =slower, slowing payouts, slowing payments, slowing refunds, slowing reimbursements, slowing claims, slowing down, slow ? payouts, slow ? payments, slow ? refunds, slow ? claims, slow ? reimbursements, slower track, slower review, slower lane, " +
      // kept in or out
      "pass on them, pass on her, pass on him, pass over, passed over, skip, skipped, weed, let go, split ? into, split into, don t invite, do not invite, not invite, don t include, do not include, leave ? off, kept away, keep ? away, keep away, keeps away, off the plan, off the group plan, off the scheme, off the policy, off the contract, off the team, off the project, " +
      // worse terms
      "surcharge, surcharges, is not accepted, are not accepted, will not be accepted, won t be accepted, isn t accepted, multiply, multiplies, multiplied, loading, higher deductible, higher excess, worse terms, terms improve, terms get better, better terms, cheaper if, separate plan, separate pool, lose # points, loses # points, minus # points, # points off, # higher, takes # euros off, take # euros off, # euros off, takes # off, dock, docks, docked, deduct, deducts, deducted, goes first to, go first to, first to staff, first to those, then to anyone, then to those, then to staff, out of applying, out of asking, out of claiming, out of taking, # more expensive, # on the premium, # on their premium, # on top, reduced, reduce, lower rate, lower reimbursement, lose their, loses their, lose her, lose his, will lose, least ?, the worst, scored lower, can only, may only, will only be able, from now on only, least desirable, least attractive, less attractive, worst shifts, worst slots, less popular, less desirable, harsher, stricter, " +
      // an end to a job or a path
      "end the probation, end ? probation, end their probation, probation, struck off, strike off, strike ? off, come off, comes off, off the track, off the rota, off the ? rota, off the ? ? rota, off the ? list, off the ? project, off the ? portfolio, off the ? accounts, off the ? team, off the list, off the certification, unsuccessful, ineligible, not eligible, first in line, first to go, " +
      // parted with, set apart
      "part ways, parting ways, separate teams, separate groups, separately, segregate, no longer welcome, not welcome, stop sending, stop offering, more expensive, " +
      // made harder, watched
      "red flag, high risk, risky, keep tabs, watch list, watchlist, under watch, keep an eye, discourage, give up, gives up, drop the claim, drop their claim, pile it on, pile on, extra paperwork, extra forms, extra documents, additional documents, additional paperwork, make it harder, deter, twice as, more often, more closely, extra checks, additional checks, closer scrutiny, " +
      // fewer of them
      "attract fewer, fewer of them, cut the ads, stop advertising, stop enrolling, stop renewing, would rather hire, would rather take, d rather hire, d rather take, would rather have, d rather have, prefer to hire, less favourably, less favorably, mark ? down, marked down, no place for him, no place for her, no place for them, no longer a place, no room for him, no room for her, first ones approached, first to be approached, first approached, approached first, off customer facing, unwelcome, only reach, only reaches, only the others, only the rest, only everyone else, away from the, not to the others, not for the others, not the others, end the trial period, end ? trial period, end her trial period, end his trial period, end their trial period, slow queue, slow lane, slow track, slow pile, unsuitable, unfit for, not suitable, not a good fit, raise their renewal quote, raise their quote, raise their price, raise their prices, raise their rate, raise their rates, raise their premium, increase their premium, increase their premiums, increase their rate, increase their price, increase their quote, systematic review, systematic checks, systematic check",
  },
  pretext: {
    fr: "autre motif, autre raison, un prétexte, prétexte, prétextant, en invoquant, sans dire pourquoi, sans donner la raison, motif interne, vraie raison, vrai motif, présente le comme, présente la comme, présenter comme, sans écrire pourquoi, sans expliquer pourquoi, sans en donner la raison, sans mentionner la raison, sans le mettre en avant, sans que ça se voie, sans que cela se voie, simple mutation, simple piste, une excuse, excuse crédible, fausse raison, faux motif",
    en: "another reason, a different reason, pretext, pretend, the real reason, doesn t guess, don t guess, won t guess, frame it as, present it as, phrase it as, cover story, without saying why, without giving the reason, without explaining why, without stating the reason, routine rotation, so nobody asks why, so no one asks why, without drawing attention, an excuse, believable excuse, credible excuse, fake reason",
  },
  lookup: {
    fr: "réseaux sociaux, réseau social, profil linkedin, profils linkedin, facebook, instagram, publications personnelles",
    en: "social media, social networks, linkedin, facebook, instagram, online presence, personal posts",
  },
  legit: {
    fr: "peuvent bénéficier, peut bénéficier, légale, légales, légaux, plus vite, plus rapidement, rapidement, au plus vite, en urgence, accélérer, accélère, volontaire, volontaires, volontariat, obligation légale, obligations légales, la loi, obligatoire, conformément, prévention, dépistage, s ils le souhaitent, s il le souhaite, si elle le souhaite, si elles le souhaitent, à sa demande, à leur demande, à la demande, aménagement, aménagements, aménagé, aménagée, adapté, adaptée, adaptés, ne compte pas contre, ne soit pas compté, ne leur soit pas reproché, ne pas les pénaliser, ne pas le pénaliser, ne pas la pénaliser, comme ils l ont demandé, comme elles l ont demandé, comme il l a demandé, comme elle l a demandé, ont droit, a droit, peuvent obtenir, peut obtenir, peuvent recevoir, peut recevoir, retour progressif, reprise progressive, reprise à temps partiel, comme il préfère, comme elle préfère, comme ils préfèrent, où il préfère, où elle préfère, où ils préfèrent, entretien de retour, entretiens de retour, avis médical, avis du médecin, préconisation, préconisé, préconisée, préconisés, recommandé par le médecin, recommandation du médecin, éligible à, éligibles à, éligible au, éligibles au, éligible aux, éligibles aux, remplacements, plan de remplacement, accord collectif, convention collective, heures de délégation, comme l accord le prévoit, code du travail, prévus par la loi, prévu par la loi, prévues par la loi, prévue par la loi, critères légaux, ordre des licenciements, comme la loi l exige, comme le prévoit la loi, ne jamais demander, ne pas demander, jamais demander, interdit de demander, interdites, questions interdites, à ne pas poser, à ne jamais poser, aucun effet sur, aucune incidence sur, sans effet sur, sans incidence sur, n ont aucun effet, n a aucun effet, ne réduisent pas, ne réduit pas, ne diminuent pas, ne comptent pas, ne compte pas, ne compteront pas",
    en: "can benefit, legal requirements, legally, faster, sooner, quicker, quickly, as soon as possible, urgently, speed up, voluntary, on a volunteer basis, opt in, legal obligation, legally required, required by law, the law, in accordance with, as required by, prevention, screening, if they want, if they wish, if she wants, if he wants, if she wishes, if he wishes, at their request, own request, accommodation, accommodations, =adjustment, =adjustments, adapted, doesn t count against, don t count against, won t count against, not count against, not be held against, aren t penalised, aren t penalized, not be penalised, not be penalized, as they asked, as she asked, as he asked, as requested, as they requested, don t count, do not count, doesn t count, does not count, never count, as she requested, as he requested, who asked for it, can get, can receive, can claim, are entitled, is entitled, have a right, has a right, phased return, gradual return, return to work plan, where he prefers, where she prefers, where they prefer, as he prefers, as she prefers, as they prefer, he asked for, she asked for, they asked for, return to work interview, doctor recommended, doctor recommends, doctor advised, doctor s advice, medical advice, on medical advice, eligible for, cover their absence, cover her absence, cover his absence, cover for their absence, absence cover, as the agreement requires, collective agreement, as agreed with the union, facility time, statutory, as the law requires, the law requires, required by the labour code, labour code, order of redundancies, never ask, must not ask, mustn t ask, cannot ask, can t ask, not allowed to ask, forbidden to ask, may not ask, do not ask, don t ask, never be asked, off limits, off-limits, no effect on, no impact on, never reduce, never reduces, do not reduce, does not reduce, don t reduce, doesn t reduce, do not affect, does not affect, never affect, never affects",
  },
  regardless: {
    fr: "indépendamment, quel que soit, quelle que soit, quels que soient, quelles que soient, sans distinction, sans égard",
    en: "regardless, irrespective, whatever their",
  },
};

const ROLES = Object.keys(LEXICON) as Role[];

interface Word {
  start: number;
  end: number;
  text: string;
  /** As typed, lowercase with accents: « leucémique », for the form of a condition. */
  written: string;
  /** Typed with a capital after the first word of its sentence: a name (« Noémie »), not a condition. */
  capitalised: boolean;
  stems: Record<Lang, string>;
  /**
   * The French stem of a verb in -ent after its subject (« les salariées qui allaitent », « ils quittent »):
   * the stemmer keeps the ending, this drops it (« allaite »). Empty when there is none.
   */
  verbFr: string;
  /** Sentence group: a question or colon joins the next sentence. */
  group: number;
  /** A colon or a question mark comes before the word: no phrase runs across it. */
  afterStop: boolean;
}

/** A phrase as stems (or `?` any word, `#` a number), in one language. */
interface Phrase {
  role: Role;
  lang: Lang;
  parts: string[];
  /** How the first word must begin (a health term: « coma » does not stem-match "comes"). */
  lead?: string;
}

const WORD = /[a-z0-9]+/g;

/** Each word of `text` as written (lowercase, accents kept: the French stemmer reads them) and folded. */
function splitWords(text: string): { written: string; folded: string }[] {
  const folded = foldAccents(text);
  return [...folded.matchAll(WORD)].map((m) => ({
    written: text.slice(m.index, m.index + m[0].length).toLowerCase(),
    folded: m[0],
  }));
}

/**
 * Phrases by the stem of their first word, per language. Built on first use (stemming the lexicon
 * and the health vocabulary takes a while), so loading the scorer stays quick.
 */
let index: Record<Lang, Map<string, Phrase[]>> | undefined;
function phraseIndex(): Record<Lang, Map<string, Phrase[]>> {
  index ??= buildIndex();
  return index;
}

function buildIndex(): Record<Lang, Map<string, Phrase[]>> {
  const built: Record<Lang, Map<string, Phrase[]>> = { fr: new Map(), en: new Map() };
  const seen = new Set<string>();
  const add = (role: Role, lang: Lang, phrase: string, lead?: string) => {
    // Stemmed as written and without accents, so « rejetées » and "rejetees" both find « rejeter ».
    for (const form of ["written", "folded"] as const) {
      const parts = phrase
        .trim()
        .split(/\s+/)
        .flatMap((piece) =>
          piece === "?" || piece === "#"
            ? [piece]
            : piece.startsWith("=")
              ? [`=${foldAccents(piece.slice(1))}`]
              : splitWords(piece).map((w) => stem(w[form], lang)),
        );
      if (parts.length === 0) continue;
      const key = `${lang}|${role}|${parts.join(" ")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const first = parts[0] as string;
      const list = built[lang].get(first);
      const entry: Phrase = lead ? { role, lang, parts, lead } : { role, lang, parts };
      if (list) list.push(entry);
      else built[lang].set(first, [entry]);
    }
  };
  for (const role of ROLES) {
    for (const lang of ["fr", "en"] as const) {
      const entries = LEXICON[role]?.[lang];
      if (entries) for (const phrase of entries.split(",")) add(role, lang, phrase);
    }
  }
  // The privacy guard's health vocabulary is sensitive information too (its language is unknown: both).
  // A term's first word must begin as written, its plural or feminine ending aside (« coma » is not "comes",
  // "injury" is "injuries"): the first three letters stay, a final run of e, s, y goes.
  for (const term of [...HEALTH_TERMS, ...HEALTH_ACRONYMS]) {
    const first = splitWords(term)[0]?.folded ?? "";
    const lead = first.slice(0, 3) + first.slice(3).replace(/[esy]+$/, "");
    for (const lang of ["fr", "en"] as const) add("sensitive", lang, term, lead);
  }
  // Longest phrases first: « mets de côté » before « mets » (a stable sort keeps the lexicon's order).
  for (const lang of ["fr", "en"] as const)
    for (const list of built[lang].values()) list.sort((a, b) => b.parts.length - a.parts.length);
  return built;
}

/** Stops that end a sentence group; "?" and ":" do not (the next sentence often finishes the thought). */
const GROUP_END = /[.!;\n]/;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Words after which a French word in -ent is a verb: « qui allaitent », « ils partent », « ne quittent ». */
const SUBJECT_LEADS = new Set("qui ils elles ne n y en se s".split(" "));

function tokenize(prompt: string, folded: string): Word[] {
  const words: Word[] = [];
  let group = 0;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    const gap = folded.slice(last, m.index);
    // A full stop between two digits is a decimal point, not the end of a sentence.
    const decimal = gap === "." && isDigit(folded.charCodeAt(last - 1)) && isDigit(m[0].charCodeAt(0));
    if (GROUP_END.test(gap) && !decimal) group++;
    const text = m[0];
    const lower = prompt.slice(m.index, m.index + text.length).toLowerCase();
    // Typed without accents, « rejetees » is « rejetées »: the French stemmer needs the accent back.
    const written = lower === text ? lower.replace(/ee(s?)$/, "ée$1") : lower;
    const first = prompt.charAt(m.index);
    words.push({
      start: m.index,
      end: m.index + text.length,
      text,
      written: lower,
      capitalised: first !== first.toLowerCase() && !(GROUP_END.test(gap) || words.length === 0),
      stems: { fr: stem(written, "fr"), en: stem(written, "en") },
      verbFr:
        written.length >= 6 &&
        written.endsWith("ent") &&
        SUBJECT_LEADS.has(words[words.length - 1]?.text ?? "")
          ? stem(written.slice(0, -2), "fr")
          : "",
      group,
      afterStop: /[:?]/.test(gap),
    });
    last = m.index + text.length;
  }
  return words;
}

/**
 * The text with quoted or delimited material blanked (same length): a pasted clause « Sont exclues les
 * personnes atteintes de… » or a member's letter is data to work on, not the learner's request.
 * Quotes (« », “ ”, "…", triple quotes, code fences) and <tag>…</tag> blocks of QUOTED_MATERIAL_MIN
 * characters or more; one pass, and each tag name is searched for its end at most once when it has none.
 */
const QUOTED_MATERIAL_MIN = 50;
const UNCLOSED_TAGS_SEARCHED = 8;

export function withoutQuotedMaterial(text: string): string {
  const spans: Span[] = [];
  const closeOf: Record<string, string> = { "«": "»", "“": "”", '"': '"' };
  const unclosedTags = new Set<string>();
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    let end = -1;
    if (text.startsWith('"""', i) || text.startsWith("```", i)) {
      const fence = text.slice(i, i + 3);
      const close = text.indexOf(fence, i + 3);
      end = close < 0 ? -1 : close + 3;
    } else if (ch in closeOf) {
      const close = text.indexOf(closeOf[ch] as string, i + 1);
      end = close < 0 ? -1 : close + 1;
    } else if (ch === "<") {
      const tag = /^<([a-z][a-z0-9_-]{0,30})[^<>]{0,200}>/.exec(text.slice(i, i + 240));
      const name = tag?.[1];
      // Each unclosed name costs one search to the end: a few are enough to read real prompts.
      if (tag && name && !unclosedTags.has(name) && unclosedTags.size < UNCLOSED_TAGS_SEARCHED) {
        const close = text.indexOf(`</${name}>`, i + tag[0].length);
        if (close < 0) unclosedTags.add(name);
        else end = close + name.length + 3;
      }
    }
    if (end < 0) {
      // An unclosed quote quotes nothing: « and " are also typed alone.
      if (ch in closeOf) delete closeOf[ch];
      i++;
      continue;
    }
    // Short quotes name a column or a value (the « Pathologie » column says « diabète »): they stay.
    if (end - i >= QUOTED_MATERIAL_MIN) spans.push({ start: i, end });
    i = end;
  }
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + " ".repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}

interface Mark {
  role: Role;
  from: number;
  /** Exclusive word index. */
  to: number;
}

/** Every lexicon phrase found, as word ranges, by role (at most one mark per role starts at a word). */
function markRoles(words: Word[]): Map<Role, Mark[]> {
  const marks = new Map<Role, Mark[]>(ROLES.map((r) => [r, []]));
  const index = phraseIndex();
  let seen = new Set<Role>();
  let at = 0;
  // Each list of candidate phrases is read in place (no array built per word: this runs on every keystroke).
  const tryList = (list: Phrase[] | undefined) => {
    if (list === undefined) return;
    for (const phrase of list) {
      if (seen.has(phrase.role)) continue;
      const to = matchPhrase(words, at, phrase);
      if (to > 0) {
        seen.add(phrase.role);
        (marks.get(phrase.role) as Mark[]).push({ role: phrase.role, from: at, to });
      }
    }
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    seen = new Set<Role>();
    at = i;
    const exact = `=${word.text}`;
    const digits = isDigit(word.text.charCodeAt(0)) && /^\d+$/.test(word.text);
    for (const lang of ["fr", "en"] as const) {
      tryList(index[lang].get(word.stems[lang]));
      tryList(index[lang].get(exact));
      // « 15 % de cotisation »: phrases that start with a number.
      if (digits) tryList(index[lang].get("#"));
      if (lang === "fr" && word.verbFr !== "") tryList(index.fr.get(word.verbFr));
    }
  }
  return marks;
}

function matchPhrase(words: Word[], at: number, phrase: Phrase): number {
  if (phrase.lead !== undefined && !(words[at] as Word).text.startsWith(phrase.lead)) return 0;
  let k = at;
  for (const part of phrase.parts) {
    const w = words[k];
    if (!w || w.group !== (words[at] as Word).group || (k > at && w.afterStop)) return 0;
    if (phrase.lang === "fr" && w.verbFr !== "" && w.verbFr === part) {
      k++;
      continue;
    }
    if (part === "#") {
      if (!/^\d+$/.test(w.text)) return 0;
    } else if (part.startsWith("=")) {
      if (w.text !== part.slice(1)) return 0;
    } else if (part === "?") {
      // The one word a pattern leaves open is a person or a pronoun, never a thing: "leave ? out" is not
      // "my reply leaves things out".
      if (THING_WORDS.has(w.text)) return 0;
    } else if (w.stems[phrase.lang] !== part) return 0;
    k++;
  }
  return k;
}

/** Words that name things, not people: the open word of a pattern ("leave ? out") is never one. */
const THING_WORDS = new Set(
  "things thing something anything everything details detail information info points point bits parts part lines line data figures numbers words choses chose details informations elements points lignes donnees chiffres mots".split(
    " ",
  ),
);

/** What makes an English "-ed" form a request rather than a past fact: "should be excluded", "to be rejected". */
const ASKED_PARTICIPLE_LEADS = new Set(
  "be being get gets are is should must will shall to can cannot them those".split(" "),
);

/** Nouns of adverse acts: they count only with people as their object (« exclusion des adhérents »), not in « un courrier de refus ». */
const ADVERSE_NOUNS = new Set(
  "refus rejet rejets exclusion exclusions resiliation resiliations annulation annulations licenciement licenciements majoration majorations surprime surprimes sanction sanctions penalite penalites refusal refusals rejection rejections cancellation cancellations dismissal dismissals penalty penalties surcharge".split(
    " ",
  ),
);

/** Decisions named as nouns: the model takes them only when told to (« prends la décision »). */
const DECISION_NOUNS = new Set("decision decisions approval validation arbitrage".split(" "));

/** Selections phrased as a question: their object comes right after (« quels sont les collègues… »). */
const QUESTION_WORDS = new Set("which quels quelles lesquels lesquelles".split(" "));
const BE = new Set("sont est are is were was".split(" "));

/** Pronouns that stand for a person on their own. */
const SINGULAR_PRONOUNS = new Set("il elle lui he she him her".split(" "));
/** Possessives that make a trait a person's: « son arrêt maladie », "his heart condition". */
const POSSESSIVES = new Set("son sa ses his her".split(" "));
/** Plural possessives: a person's trait, or the people of the sentence before (« leurs contrats »). */
const PLURAL_POSSESSIVES = new Set("leurs their".split(" "));
/** People words that refer back to the people of the sentence before (« ceux dont… », "those…"). */
const DEMONSTRATIVES = new Set("ceux celles those".split(" "));
/** Nominal acts on prices (« hausse des tarifs »): adverse only with people as their object. */
const NOMINAL_LEADS = new Set("hausse augmentation".split(" "));
/** What makes a removal fall on the people before it: « sont à retirer », "are removed", "be taken off". */
const PASSIVE_LEADS = new Set(
  "sont est soient soit seront sera etre a are is be been being get gets".split(" "),
);
/**
 * A rewrite that keeps a quoted draft's decision or reason (« adoucis ce brouillon… garde la décision »,
 * "keep the reason but…"): the draft is then read as the request, its « vous » / "you" as the person.
 */
const RETAIN =
  /\b(?:garde|gardez|gardant|garder|conserve|conservez|conservant|conserver|maintiens|maintenez|keep|keeping|retain|retaining|maintain)\s(?:(?:la|le|les|l|the|its|this|son|sa|ce|cette)\s)?(?:decision|motif|raison|reason|refus|refusal)\b/;
const SECOND_PERSON = new Set("vous votre vos you your".split(" "));
/** Asking for a rewrite of a draft: « reformule », « adoucis », "reword", "polish", "make it sound". */
const REWRITE =
  /\b(?:reformule|reformulez|reformuler|reecris|reecrivez|reecrire|ameliore|ameliorez|adoucis|adoucissez|corrige|corrigez|embellis|reword|rephrase|rewrite|polish|soften|tidy|improve|make it sound|plus poliment|more polite|more politely)\b/;
/**
 * Quoted material the learner adopts rather than examines: added to their own document or turned into
 * actions or an agenda (« ajoute le point « … » », "include "…"", "an action table with "…""). What it
 * says is then their request. A clause put into plain language for members stays material to explain.
 */
const ADOPT =
  /\b(?:ajoute|ajoutez|ajouter|inclus|incluez|inclure|integre|integrez|integrer|insere|inserez|inserer|glisse|glissez|glisser|precise que|precisez que|mentionne que|mentionnez que|dis lui que|dites lui que|slip in|work in|mention that|tell (?:him|her|them) that|avec un point|avec le point|un point|plan d actions?|tableau d actions|ordre du jour|include|including|add|adding|insert|action table|action plan|action list|agenda)\b/;
/**
 * Quoted material examined, not adopted: its lawfulness, fairness or risks checked, a bias taken out,
 * an objection drafted (« est-ce légal », "flag anything discriminatory", « pour qu'elle ne … plus »).
 */
const CRITIQUE =
  /\b(?:discrimin\w*|illegal\w*|illicite\w*|legal\w*|lawful\w*|unlawful|conforme\w*|conformite|compliant|compliance|rgpd|gdpr|cnil|biais|bias\w*|equitable|fair|unfair|neutre|neutral|risques?|risks?|contest\w*|problemes?|problems?|problematique|issues?|pourquoi|why|verifie\w*|check\w*|repere\w*|spot|flag\w*|signale\w*|retire\w*|supprime\w*|remove\w*|enleve\w*|defenseur des droits|objection|critique\w*|ne \w+ plus|no longer)\b/;
/** Put in plain words: « en langage clair », "plain language", « simplifie ». */
const PLAIN_WORDS =
  /\b(?:plain (?:language|english|words)|langage clair|langage simple|mots simples|termes simples|simplifie|simplifiez|simplify|clearer|plus clair)\b/;
/** Those who apply a staff rule: managers, recruiters, team leads. */
const APPLIERS =
  /\b(?:managers?|line managers?|team leads?|team leaders?|recruiters?|recruteurs?|recruteuses?|encadrants?|encadrement|chefs? d equipe|responsables?|supervisors?|superviseurs?|hiring managers?|rh|hr)\b/;
/** A rule on staff or candidates: hiring, shortlisting, posts. */
const STAFF_RULE =
  /\b(?:candidat\w*|candidates?|applicants?|shortlist\w*|recrut\w*|recruit\w*|embauch\w*|hire[ds]?|hiring|postes?|posts?|roles?|salaries?|employees?|staff)\b/;
/** A reason given as the reader's own trait: « compte tenu de votre », « en raison de vos », "given your", "because of your". */
const CAUSE_IS_YOURS =
  /\b(?:compte tenu de|compte tenu d|en raison de|en raison d|a cause de|a cause d|vu|etant donne|because of|given|due to|owing to|in view of) (?:votre|vos|your|ton|ta|tes)\b/;
/** Pronouns that stand for people when people are named in the group. */
const PLURAL_PRONOUNS = new Set("ils elles they them".split(" "));
/** French object pronouns before a verb (« les retirer », « leur vendre ») or after a hyphen (« retire-les »). */
const CLITICS = new Set("les leur lui".split(" "));
/** Words that attach a trait to the noun before them: "nurses on antidepressants", « bénévoles qui ont… ». */
const PERSON_CONNECTORS =
  /^(?:who|whose|with|on|having|taking|receiving|qui|dont|avec|sous|ayant|atteint|atteinte|atteints|atteintes|porteur|porteurs|porteuse|porteuses|souffrant)$/;
/** What « il » starts when it stands for nobody: « il faut », « il y a ». */
const IMPERSONAL = new Set(
  "faut faudrait y s semble suffit convient importe reste vaut arrive existe manque".split(" "),
);
/** Acts a clitic pronoun may stand before. */
const ACTS: readonly Role[] = [
  "adverse",
  "objectBound",
  "push",
  "select",
  "rank",
  "benefit",
  "marketing",
  "threat",
];
/** Going somewhere, said of people: « iront dans », "sit" (a placement by its subject). */
const PLACED_INTO = /^(?:iront|ira|iraient|siegeront|travailleront|sit|sits|seated|go|goes)$/;
/** A price word naming a product, not a price: "premium plan", "premium tier". */
const PRODUCT_AFTER =
  /^(?:plan|plans|tier|tiers|offer|offers|option|options|package|packages|range|service|services|formula|upgrade|cover)$/;
/** "could", « pourrait »: an act that may happen, examined under a check. */
const MODALS = new Set("could might may would pourrait pourraient risque risquent risquerait".split(" "));

/** Function words skipped when looking for the object of an act (« les », "the", « de », "each"). */
const SKIP = new Set(
  "le la les l un une des de du d au aux a chaque tous toutes tout toute ces ce cet cette leur leurs ses son sa nos notre vos votre mes mon ma the a an of each every all any these those their his her our your its to from in on for with who which that qui que dont".split(
    " ",
  ),
);

/** Generic leads of a condition (« atteint de », "treated for"): the trait when no known condition follows. */
const CONDITION_LEADS = new Set(
  "atteint atteinte atteints atteintes traitement traitements suivi soigne soignee soignes souffre souffrent souffrant diagnostique diagnostiquee treatment treated suffers suffering diagnosed diagnosis".split(
    " ",
  ),
);
/** A request made by the people it is about, when one of them comes just before. */
const OWN_REQUEST =
  /^(?:demande|demandent|demandé|demandée|souhaite|souhaitent|veut|veulent|asked|asks|wants|wishes)$/;
/** What, withheld, is no harm: « ne paiera pas plus », "won't lose", "will not be affected", "won't need". */
const HARM_WORDS =
  /^(?:effet|effets|effect|effects|incidence|impact|rupture|interruption|perte|loss|lapse|gap|pay|pays|charged?|change|changes|affected|impacted|lose|losing|wait|need|needs|worry|suffer|late|against|retard|count|counted|counts|comptera|compteront|compter|asked|contacted|called|disturbed|pressured|forced|required|obliged|oblige|obligee|obliges|contacte|contactee|contactes|sollicite|sollicitee|sollicites|penali[sz]ed|disadvantaged|paiera|paieront|payera|payeront|changera|changeront|perdra|perdront|attendra|attendront|besoin|payer|changer|perdre|attendre|touche|touchee|touches|affecte|affectee|impacte|impactee|inquieter|penalise|penalisee|penalises|defavorise|defavorisee)$/;

/**
 * Finds harmful uses; spans index `prompt`. `folded` may be passed when the caller already has
 * `foldAccents(prompt)`.
 */
export function detectHarmfulUse(prompt: string, folded: string = foldAccents(prompt)): HarmFinding[] {
  const unquoted = withoutQuotedMaterial(folded);
  // « Garde la décision », "keep the reason": the quoted draft's decision is the learner's own request.
  // A quoted draft to reword whose reason is the reader's trait (« Compte tenu de votre diabète, nous ne
  // donnerons pas suite… », "Given your condition, we…"): the decision is taken, the rewrite keeps it.
  const retained =
    RETAIN.test(unquoted) ||
    (unquoted !== folded && ADOPT.test(unquoted) && !CRITIQUE.test(unquoted)) ||
    (unquoted !== folded &&
      REWRITE.test(unquoted) &&
      CAUSE_IS_YOURS.test(folded) &&
      !CAUSE_IS_YOURS.test(unquoted)) ||
    // A quoted rule reworded as it stands (« Reformule : « les collaborateurs syndiqués ne seront pas conviés… » »,
    // "Rephrase: "unionised staff will not be invited…""): the learner's own rule when nothing is examined and
    // nobody outside is its reader (a member's letter to answer, a clause to explain).
    (unquoted !== folded &&
      REWRITE.test(unquoted) &&
      unquoted
        .replace(/[^a-z]+/g, " ")
        .trim()
        .split(" ").length <= 12 &&
      !CRITIQUE.test(unquoted) &&
      !/\b(?:adherents?|members?|clients?|lettre|letter|courrier|mail|email|reponse|reply|clause|contrat|contract)\b/.test(
        unquoted,
      )) ||
    // A rule on staff or candidates put in plain words for the managers who will apply it: adopted, not
    // examined (a clause explained to members stays material).
    (unquoted !== folded &&
      (REWRITE.test(unquoted) || PLAIN_WORDS.test(unquoted)) &&
      APPLIERS.test(unquoted) &&
      STAFF_RULE.test(folded) &&
      !STAFF_RULE.test(unquoted) &&
      !CRITIQUE.test(unquoted));
  const words = tokenize(prompt, retained ? folded : unquoted);
  if (words.length === 0) return [];
  const marks = markRoles(words);
  // Conditions no list names, by their form: « spondylarthrite », « leucémique », "colitis", "psychotic".
  {
    const sensitiveAt = new Uint8Array(words.length);
    for (const m of marks.get("sensitive") as Mark[]) for (let k = m.from; k < m.to; k++) sensitiveAt[k] = 1;
    words.forEach((w, k) => {
      if (sensitiveAt[k] === 0 && !w.capitalised && hasConditionForm(w.written))
        (marks.get("sensitive") as Mark[]).push({ role: "sensitive", from: k, to: k + 1 });
      // "the colleague with MS", "her MS": the acronym in capitals after a person's word (not "MS Word").
      else if (
        sensitiveAt[k] === 0 &&
        prompt.slice(w.start, w.end) === "MS" &&
        /^(?:with|has|have|had|his|her|their|of|for)$/.test(words[k - 1]?.text ?? "")
      )
        (marks.get("sensitive") as Mark[]).push({ role: "sensitive", from: k, to: k + 1 });
    });
    (marks.get("sensitive") as Mark[]).sort((a, b) => a.from - b.from);
  }
  // Where people live stands for their origin or their means (a ground of discrimination in French law):
  // "the 93 and 13 postcodes", « les codes postaux du 93 », « leur quartier ». It counts where people are
  // treated worse by it, not where they are only sorted or listed by it (a mailing by postcode).
  const proxyStarts = new Set<number>();
  words.forEach((w, k) => {
    const next = words[k + 1]?.text ?? "";
    const residence =
      /^(?:postcode|postcodes|postal|postaux|zip|neighbourhood|neighborhood|neighbourhoods|neighborhoods|quartier|quartiers|banlieue|banlieues)$/.test(
        w.text,
      ) ||
      (w.text === "post" && /^codes?$/.test(next)) ||
      (w.text === "lieu" && next === "de" && words[k + 2]?.text === "residence") ||
      (w.text === "place" && next === "of" && words[k + 2]?.text === "residence");
    if (
      !residence ||
      (w.text === "postal" && words[k - 1]?.text !== "code") ||
      (w.text === "postaux" && words[k - 1]?.text !== "codes")
    )
      return;
    (marks.get("sensitive") as Mark[]).push({ role: "sensitive", from: k, to: k + 1 });
    proxyStarts.add(w.start);
  });
  (marks.get("sensitive") as Mark[]).sort((a, b) => a.from - b.from);
  // A word inside a sensitive trait or a criterion is not an act: "sick leave", « à partir de ».
  for (const role of [
    "adverse",
    "select",
    "rank",
    "benefit",
    "push",
    "departure",
    "objectBound",
    "threat",
    "marketing",
    "reserve",
    "reassign",
    "withhold",
    "granted",
    "differential",
  ] as const) {
    const inside = new Uint8Array(words.length);
    for (const other of ["sensitive", "sensitivePerson", "criterion"] as const)
      for (const m of marks.get(other) as Mark[]) for (let k = m.from; k < m.to; k++) inside[k] = 1;
    marks.set(
      role,
      (marks.get(role) as Mark[]).filter((m) => inside[m.from] === 0),
    );
  }
  // « atteints d'un cancer », "treated for hepatitis": the condition named after a generic lead is the trait.
  const sensitiveStart = new Uint8Array(words.length + 1);
  for (const m of marks.get("sensitive") as Mark[]) sensitiveStart[m.from] = 1;
  marks.set(
    "sensitive",
    (marks.get("sensitive") as Mark[]).filter((m) => {
      if (!CONDITION_LEADS.has((words[m.from] as Word).text)) return true;
      for (let k = m.to; k <= m.to + 3 && k < words.length; k++) if (sensitiveStart[k] === 1) return false;
      return true;
    }),
  );
  // "our older range" compares things; "older members" are people.
  const peopleWord = new Uint8Array(words.length + 1);
  for (const m of marks.get("people") as Mark[]) peopleWord[m.from] = 1;
  // "sick pay", "ill-health benefit": an adjective on a payment or a period names no one.
  const NOT_PEOPLE =
    /^(?:pay|payment|payments|leave|note|notes|day|days|time|absence|absences|rate|rates|benefit|benefits|health|building|list|lists)$/;
  marks.set(
    "sensitivePerson",
    (marks.get("sensitivePerson") as Mark[]).filter(
      (m) =>
        ((words[m.from] as Word).text !== "older" || peopleWord[m.to] === 1) &&
        !(/^(?:sick|ill)$/.test((words[m.from] as Word).text) && NOT_PEOPLE.test(words[m.to]?.text ?? "")),
    ),
  );
  // "the ageing of the portfolio", « le vieillissement du portefeuille »: a whole book of members, in figures.
  marks.set(
    "sensitive",
    (marks.get("sensitive") as Mark[]).filter((m) => {
      if (!/^(?:ageing|aging|vieillissement)$/.test((words[m.from] as Word).text)) return true;
      for (let k = m.to; k < Math.min(words.length, m.to + 4); k++)
        if (
          /^(?:portfolio|portfolios|portefeuille|portefeuilles|book|population|pyramide|pyramid)$/.test(
            (words[k] as Word).text,
          )
        )
          return false;
      return true;
    }),
  );
  // "where he prefers", « comme elle préfère »: the person's own preference, not a ranking of people.
  for (const role of ["rank", "differential"] as const)
    marks.set(
      role,
      (marks.get(role) as Mark[]).filter(
        (m) =>
          !(
            /^(?:he|she|they|il|elle|ils|elles)$/.test(words[m.from - 1]?.text ?? "") &&
            /^(?:prefer|pref)/.test((words[m.from] as Word).text)
          ),
      ),
    );
  // "the job ad": hiring, not marketing; « fais en sorte que »: an idiom, no way out; "team targets": a noun.
  {
    const hiringWord = new Uint8Array(words.length);
    for (const m of marks.get("hiring") as Mark[]) for (let k = m.from; k < m.to; k++) hiringWord[k] = 1;
    marks.set(
      "marketing",
      (marks.get("marketing") as Mark[]).filter((m) => hiringWord[m.from] === 0),
    );
    for (const role of ["differential", "rank"] as const)
      marks.set(
        role,
        (marks.get(role) as Mark[]).filter(
          (m) =>
            !((words[m.from] as Word).text === "sorte" && words[m.from - 1]?.text === "en") &&
            // « un interlocuteur unique »: an adjective, not « uniquement ».
            !/^(?:unique|uniques)$/.test((words[m.from] as Word).text),
        ),
      );
    // « poste de conseiller », « un conseiller le rappelle »: the job, not advice.
    marks.set(
      "helpful",
      (marks.get("helpful") as Mark[]).filter(
        (m) =>
          !(
            /^(?:conseiller|conseillere|conseillers)$/.test((words[m.from] as Word).text) &&
            /^(?:de|d|un|une|le|la|du|ton|son|sa|votre|notre|au|aux|les|des)$/.test(
              words[m.from - 1]?.text ?? "",
            )
          ),
      ),
    );
    marks.set(
      "select",
      (marks.get("select") as Mark[]).filter(
        (m) =>
          !(
            /^(?:target|targets)$/.test((words[m.from] as Word).text) &&
            /^(?:team|sales|our|the|a|monthly|annual|yearly|quarterly|individual|their|your|my)$/.test(
              words[m.from - 1]?.text ?? "",
            )
          ),
      ),
    );
  }
  // « fais-lui comprendre » pushes; it is not « comprendre » (understand) that makes an act the topic.
  const pushed = new Uint8Array(words.length);
  for (const m of marks.get("push") as Mark[]) for (let k = m.from; k < m.to; k++) pushed[k] = 1;
  // "less appealing", "an appealing offer": an adjective, not an appeal. "anyone who announced a pregnancy",
  // « celles qui ont annoncé » : a disclosure that describes people, not an act explained.
  marks.set(
    "explain",
    (marks.get("explain") as Mark[]).filter(
      (m) =>
        pushed[m.from] === 0 &&
        (words[m.from] as Word).text !== "appealing" &&
        // « compose l'annonce », "the announcement": a noun, a job ad or a notice.
        !(
          /^(?:annonce|annonces|announcement|announcements)$/.test((words[m.from] as Word).text) &&
          /^(?:l|une|cette|ton|votre|the|an|a|this|your|job)$/.test(words[m.from - 1]?.text ?? "")
        ) &&
        // "well enough to understand", « en état de comprendre »: a capacity questioned, nothing explained.
        !(
          /^(?:understand|comprendre)$/.test((words[m.from] as Word).text) &&
          /^(?:enough|able|unable|capable|fit|well|etat|apte|assez)$/.test(
            words[m.from - 2]?.text ?? words[m.from - 1]?.text ?? "",
          )
        ) &&
        !(
          /^(?:annonc|announc|inform)/.test((words[m.from] as Word).text) &&
          [m.from - 1, m.from - 2].some((j) => /^(?:who|qui|that)$/.test(words[j]?.text ?? ""))
        ),
    ),
  );
  const at = new Map<Role, Uint8Array>();
  for (const role of ROLES) {
    const flags = new Uint8Array(words.length + 1);
    for (const m of marks.get(role) as Mark[]) for (let k = m.from; k < m.to; k++) flags[k] = 1;
    at.set(role, flags);
  }
  const is = (role: Role, i: number): boolean =>
    i >= 0 && i < words.length && (at.get(role) as Uint8Array)[i] === 1;
  const group = (i: number): number => (words[i] as Word).group;

  /** A word within `before` words before `i` (same group) has `role`. */
  const before = (role: Role, i: number, span: number): boolean => {
    for (let k = i - 1; k >= Math.max(0, i - span); k--) {
      if (group(k) !== group(i)) return false;
      if (is(role, k)) return true;
    }
    return false;
  };

  /** « ne … pas », "not", "without" just before, or « ne » before and « pas » just after. */
  const negated = (m: Mark, span = 3): boolean => {
    for (let k = m.from - 1; k >= Math.max(0, m.from - span); k--) {
      if (group(k) !== group(m.from)) break;
      // « ne change rien, son contrat est renouvelé »: a comma ends the negated clause.
      if (folded.slice((words[k] as Word).end, (words[k + 1] as Word).start).includes(",")) break;
      // « on confirme ou non », "whether or not": an alternative, not a negation.
      if (is("negation", k) && !/^(?:ou|or)$/.test(words[k - 1]?.text ?? "")) return true;
    }
    return false;
  };

  // Pronouns stand for people (« il a un diabète », "suggest she…", « suggère-lui »); plural and clitic
  // ones (« les », « leur », "them") only where a person is named in the group, clitics only before an act.
  const pronoun = new Uint8Array(words.length);
  // An age band used as a noun names people: « les plus de 70 ans », « des moins de 25 ans », "the over-60s".
  for (let k = 1; k + 3 < words.length; k++) {
    const [lead, word, de, n, years] = [k - 1, k, k + 1, k + 2, k + 3].map((j) => (words[j] as Word).text);
    if (
      /^(?:les|des|aux|ces|nos|vos)$/.test(lead as string) &&
      /^(?:plus|moins)$/.test(word as string) &&
      de === "de" &&
      /^\d+$/.test(n as string) &&
      /^(?:ans)$/.test(years as string) &&
      group(k + 3) === group(k - 1)
    )
      pronoun[k] = 1;
  }
  for (let k = 1; k + 1 < words.length; k++)
    if (
      /^(?:the|our|all|your|those)$/.test((words[k - 1] as Word).text) &&
      /^(?:over|under)$/.test((words[k] as Word).text) &&
      /^\d+s$/.test((words[k + 1] as Word).text) &&
      group(k + 1) === group(k - 1)
    )
      pronoun[k] = 1;
  const nounPeople = new Set<number>();
  for (let k = 0; k < words.length; k++)
    if (is("people", k) || is("sensitivePerson", k) || pronoun[k] === 1) nounPeople.add(group(k));
  const hyphenBefore = (k: number) => k > 0 && folded.charCodeAt((words[k] as Word).start - 1) === 45;
  for (let k = 0; k < words.length; k++) {
    const text = (words[k] as Word).text;
    const next = words[k + 1]?.group === group(k) ? (words[k + 1] as Word).text : "";
    if (SINGULAR_PRONOUNS.has(text)) {
      // « il faut », « il est important de » are impersonal.
      const impersonal =
        text === "il" &&
        (IMPERSONAL.has(next) || (BE.has(next) && /^(?:de|d|que|qu)$/.test(words[k + 3]?.text ?? "")));
      if (!impersonal) pronoun[k] = 1;
    } else if (nounPeople.has(group(k))) {
      if (PLURAL_PRONOUNS.has(text)) pronoun[k] = 1;
      else if (CLITICS.has(text) && (ACTS.some((role) => is(role, k + 1)) || hyphenBefore(k))) pronoun[k] = 1;
    } else if (nounPeople.has(group(k) - 1)) {
      // The people of the sentence or bullet before: « - leurs contrats ne seront pas renouvelés ».
      if (PLURAL_PRONOUNS.has(text) || PLURAL_POSSESSIVES.has(text)) pronoun[k] = 1;
      else if (CLITICS.has(text) && (ACTS.some((role) => is(role, k + 1)) || hyphenBefore(k))) pronoun[k] = 1;
    }
    if (retained && SECOND_PERSON.has(text)) pronoun[k] = 1;
    // « son arrêt pour dépression », "his heart condition", « leurs arrêts »: the trait is a person's.
    if (POSSESSIVES.has(text) || PLURAL_POSSESSIVES.has(text) || (retained && SECOND_PERSON.has(text)))
      for (let j = k + 1; j <= k + 4 && j < words.length && group(j) === group(k); j++)
        if (is("sensitive", j) || is("sensitivePerson", j)) {
          pronoun[k] = 1;
          break;
        }
    // "decide who goes", « choisir qui part »: the one chosen is a person.
    if (
      /^(?:who|qui)$/.test(text) &&
      /^(?:decide|decides|deciding|choose|chooses|choosing|pick|picks|determine|decider|decide|choisir|choisis|determiner|designer|designe)$/.test(
        words[k - 1]?.text ?? "",
      )
    )
      pronoun[k] = 1;
    // « l'encourage », « la pousser »: the one pushed is a person.
    if (/^(?:l|la|le)$/.test(text) && is("push", k + 1)) pronoun[k] = 1;
    // « on le met au standard », « la placer »: the one placed is a person, when people are named.
    if (
      /^(?:l|la|le)$/.test(text) &&
      is("reassign", k + 1) &&
      (nounPeople.has(group(k)) || nounPeople.has(group(k) - 1))
    )
      pronoun[k] = 1;
  }
  // Whoever a trait is said of is a person, whatever the noun: "the two nurses on antidepressants", « les
  // bénévoles qui ont un diabète », "volunteers with lupus" (not a claim or a file: « les dossiers en ALD »).
  for (const m of marks.get("sensitive") as Mark[]) {
    if (is("care", m.from)) continue;
    let k = m.from - 1;
    while (
      k >= 0 &&
      group(k) === group(m.from) &&
      /^(?:a|an|un|une|des|de|d|du|the|l|le|la|les)$/.test((words[k] as Word).text)
    )
      k--;
    if (k < 1 || group(k) !== group(m.from) || !PERSON_CONNECTORS.test((words[k] as Word).text)) continue;
    const noun = words[k - 1] as Word;
    if (noun.group !== group(m.from) || SKIP.has(noun.text) || /^\d/.test(noun.text) || noun.text.length < 3)
      continue;
    if (!is("claim", k - 1) && !is("care", k - 1) && !is("sensitive", k - 1)) pronoun[k - 1] = 1;
  }
  /** A word strictly inside the mark's phrase passes `test`. */
  const inside = (m: Mark, test: (k: number) => boolean): boolean => {
    for (let k = m.from + 1; k < m.to - 1; k++) if (test(k)) return true;
    return false;
  };
  /** The traits that are more than a proxy of residence: selecting or ranking by a postcode is sorting mail. */
  const strong = (spans: Span[] | undefined): Span[] | undefined => {
    if (spans === undefined || proxyStarts.size === 0) return spans;
    // Only the first is quoted: found without copying the list (one long sentence may hold thousands).
    const first = spans.find((span) => !proxyStarts.has(span.start));
    return first ? [first] : undefined;
  };
  const isPeople = (i: number) => is("people", i) || is("sensitivePerson", i) || pronoun[i] === 1;

  /** The act's object is people: after it, skipping function words and at most one other word. */
  const aimsAtPeople = (m: Mark, otherWords = 1): boolean => {
    let content = 0;
    // "which documents does a member need": the question is about documents, not about members.
    const question = QUESTION_WORDS.has((words[m.from] as Word).text);
    if (question) otherWords = 0;
    for (let k = m.to; k < Math.min(words.length, m.to + 8); k++) {
      if (group(k) !== group(m.from)) return false;
      const text = (words[k] as Word).text;
      // "cancel her gym cover": a possessive, not the object.
      const possessive =
        text === "her" && words[k + 1]?.group === group(k) && !SKIP.has((words[k + 1] as Word).text);
      // "the documents a member needs": the person starts a relative clause about the documents.
      const relative = content > 0 && /^(?:a|an|un|une)$/.test(words[k - 1]?.text ?? "");
      // "list the documents she needs": a pronoun after the object's noun starts a relative clause.
      // "the refusal for her", « le refus pour elle »: after a preposition the pronoun is the object.
      const clause =
        content > 0 &&
        pronoun[k] === 1 &&
        SINGULAR_PRONOUNS.has(text) &&
        !/^(?:pour|for|a|to|avec|with|contre|against|envers|towards|about|sur)$/.test(
          words[k - 1]?.text ?? "",
        );
      if (isPeople(k) && !possessive && !relative && !clause) return true;
      if (SKIP.has(text) || (question && BE.has(text))) continue;
      // « repérer dans les commentaires les adhérents… »: a place named on the way is not the object.
      if (/^(?:dans|parmi|among|within)$/.test(text)) {
        content--;
        continue;
      }
      if (++content > otherWords) return false;
    }
    return false;
  };

  /** Groups that name people: an adverse act there falls on them, before or after it (passive, relative). */
  const peopleInGroup = new Set<number>();
  for (let k = 0; k < words.length; k++) if (isPeople(k)) peopleInGroup.add(group(k));

  /** The act is asked for: not negated, not a past fact, not the topic of an explanation or a dispute. */
  const asked = (m: Mark): boolean => {
    if (negated(m)) return false;
    const prev = m.from - 1;
    if (prev >= 0 && group(prev) === group(m.from) && is("pastFact", prev)) return false;
    // "we refused his claim": an English past tense reports a fact; "should be excluded", "are to be
    // screened out" ask for it.
    const text = (words[m.from] as Word).text;
    if (m.to === m.from + 1 && text.endsWith("ed")) {
      // "are tagged and excluded": the lead may come before a first participle and "and".
      const lead = [words[prev], words[prev - 1], words[prev - 2], words[prev - 3]]
        .slice(0, words[prev]?.text === "and" || words[prev - 1]?.text === "and" ? 4 : 2)
        .filter((w) => w && w.group === group(m.from));
      if (!lead.some((w) => ASKED_PARTICIPLE_LEADS.has((w as Word).text))) return false;
      // "where a member could be disadvantaged": a risk being examined, not a request.
      if (lead.some((w) => /^(?:could|might|would|may)$/.test((w as Word).text))) return false;
    }
    // « vérifie ce qui pourrait pénaliser… », "check for any step that could penalise…": a risk examined.
    for (let k = m.from - 1; k >= Math.max(0, m.from - 2); k--)
      if (group(k) === group(m.from) && MODALS.has((words[k] as Word).text) && before("audit", k, 30))
        return false;
    // « Explique pourquoi les adhérents de plus de 60 ans paient une cotisation plus élevée »: the act is the topic.
    for (let k = m.from - 1; k >= Math.max(0, m.from - 15) && group(k) === group(m.from); k--)
      if (/^(?:pourquoi|why)$/.test((words[k] as Word).text)) return false;
    return !before("explain", m.from, 6);
  };

  /**
   * A trait set aside: « sans données de santé », "do not use sick leave or health data", « sans tenir
   * compte de l'âge », "regardless of their age". A negation alone is not enough: « ceux qui n'ont
   * jamais eu d'arrêt maladie » still selects by sick leave.
   */
  const setAside = (m: Mark): boolean => {
    for (let k = m.from - 1; k >= Math.max(0, m.from - 2); k--)
      if (
        group(k) === group(m.from) &&
        /^(?:sans|without|no|aucun|aucune|hors)$/.test((words[k] as Word).text)
      )
        // « les personnes sans problème de santé » describes people: it still selects them.
        // « ceux qui n'ont aucune maladie chronique », "those with no history of…": people described.
        return !(
          isPeople(k - 1) ||
          // "members whose claims show no chronic illness": the relative may hold a noun and a verb.
          ([k - 1, k - 2, k - 3, k - 4].some((j) =>
            /^(?:qui|who|with|avec|ayant|having|whose|dont)$/.test(words[j]?.text ?? ""),
          ) &&
            [k - 2, k - 3, k - 4, k - 5].some((j) => isPeople(j)))
        );
    return (negated(m, 6) && before("usage", m.from, 6)) || before("regardless", m.from, 5);
  };

  // Sensitive mentions that count: not set aside, and tied to people.
  const sensitiveInGroup = new Map<number, Span[]>();
  const personInGroup = new Set<number>();
  /** Groups where the trait is the criterion: "by their sick leave", « selon leur religion ». */
  const criterionInGroup = new Set<number>();
  /** Groups with a trait that is more than the care a claim is about (« hospitalisation »). */
  const traitInGroup = new Set<number>();
  /** The trait is the criterion (« selon leur religion »), not an example of one (« par thème (dialyse, …) »). */
  const byTrait = (m: Mark): boolean => {
    for (let k = m.from - 1; k >= Math.max(0, m.from - 4) && group(k) === group(m.from); k--) {
      if (is("criterion", k)) return true;
      if (
        /^(?:theme|themes|topic|topics|type|types|categorie|categories|category|sujet|sujets|subject|subjects|rubrique|rubriques|motif|motifs|reason|reasons|nature)$/.test(
          (words[k] as Word).text,
        )
      )
        return false;
    }
    return false;
  };
  const tiedSensitive = (m: Mark): boolean => {
    if (m.role === "sensitivePerson") return true;
    // "members with diabetes", « adhérents atteints d'un cancer »: people shortly before.
    for (let k = m.from - 1; k >= Math.max(0, m.from - 10); k--) {
      if (group(k) !== group(m.from)) break;
      if (isPeople(k)) return true;
    }
    // "HIV-positive members", "union members": people right after.
    for (let k = m.to; k < Math.min(words.length, m.to + 3); k++)
      if (isPeople(k) && group(k) === group(m.from)) return true;
    // "by their sick leave", « à partir de l'historique des arrêts maladie »: the trait is the criterion.
    return byTrait(m);
  };
  for (const role of ["sensitive", "sensitivePerson"] as const) {
    for (const m of marks.get(role) as Mark[]) {
      if (setAside(m) || !tiedSensitive(m)) continue;
      const g = group(m.from);
      const list = sensitiveInGroup.get(g) ?? [];
      list.push(spanOf(words, m));
      sensitiveInGroup.set(g, list);
      if (role === "sensitivePerson") personInGroup.add(g);
      if (!is("care", m.from)) traitInGroup.add(g);
      if (byTrait(m)) criterionInGroup.add(g);
    }
  }
  // Age as a number: « de plus de 75 ans », "members over 55".
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    const next = words[i + 1] as Word;
    // "under-40s", "over-50s": an age band names people on its own.
    const band = /^\d+s$/.test(next.text) && /^(?:over|under)$/.test(w.text);
    const age = Number(band ? next.text.slice(0, -1) : next.text);
    if (!(band || /^\d+$/.test(next.text)) || age < 40 || age > 110 || next.group !== w.group) continue;
    const after = words[i + 2];
    const years = after !== undefined && after.group === w.group && /^(?:ans|years?|yo)$/.test(after.text);
    const frenchAge = /^(?:de|plus|moins|a)$/.test(w.text) && years;
    // "members over 55", "sign-ups are over 70".
    const englishAge =
      band ||
      // "the 80-year-old member", "a 62 year old applicant".
      (years && words[i + 3]?.group === w.group && words[i + 3]?.text === "old") ||
      (/^(?:over|above|aged|under)$/.test(w.text) &&
        (years || isPeople(i - 1) || (BE.has(words[i - 1]?.text ?? "") && isPeople(i - 2))));
    if (!frenchAge && !englishAge) continue;
    const list = sensitiveInGroup.get(w.group) ?? [];
    list.push({ start: w.start, end: (years ? (after as Word) : next).end });
    // Also a trait mark, so the structural reading finds it where it looks for traits.
    (marks.get("sensitive") as Mark[]).push({ role: "sensitive", from: i, to: i + (years ? 3 : 2) });
    sensitiveInGroup.set(w.group, list);
    traitInGroup.add(w.group);
  }

  // A set-up sentence names the person and the trait, the next one refers to them by a pronoun
  // (« Il a une sclérose en plaques. Fais-lui comprendre… »): the trait carries over.
  for (let k = 0; k < words.length; k++) {
    const g = group(k);
    const refersBack = pronoun[k] === 1 || DEMONSTRATIVES.has((words[k] as Word).text);
    if (!refersBack || g === 0 || sensitiveInGroup.has(g)) continue;
    const previous = sensitiveInGroup.get(g - 1);
    if (!previous) continue;
    sensitiveInGroup.set(g, previous);
    if (personInGroup.has(g - 1)) personInGroup.add(g);
    if (traitInGroup.has(g - 1)) traitInGroup.add(g);
  }

  const findings: HarmFinding[] = [];
  const flagged = new Set<number>();
  const report = (kind: HarmKind, g: number, evidence: Span[]) => {
    if (flagged.has(g)) return;
    flagged.add(g);
    const sorted = evidence.sort((a, b) => a.start - b.start);
    findings.push({
      kind,
      start: Math.min(...sorted.map((s) => s.start)),
      end: Math.max(...sorted.map((s) => s.end)),
      evidence: sorted,
    });
  };

  // Adverse acts asked for, also a benefit withheld: « pour ne pas les proposer à la promotion ».
  // "handled last week": « last » is a date there, not a place in the queue.
  const dated = (m: Mark): boolean =>
    (words[m.to - 1] as Word).text === "last" &&
    words[m.to]?.group === group(m.from) &&
    /^(?:week|month|year|time|quarter|day|night|summer|winter|spring|autumn)$/.test(
      (words[m.to] as Word).text,
    );
  const adverse = (marks.get("adverse") as Mark[]).filter((m) => asked(m) && !dated(m));
  // A benefit withheld in the future is a decision being made, even in an announcement
  // (« annonce-lui qu'on ne renouvellera pas son CDD », "tell her it won't be renewed").
  const future = (m: Mark): boolean =>
    /(?:era|eront|erons|ra|ront)$/.test((words[m.from] as Word).text) || before("futureAux", m.from, 3);
  /** "nothing changes at renewal", « rien ne change au renouvellement »: a harm word is what is negated. */
  const harmNegated = (m: Mark): boolean => {
    for (let k = m.from - 1; k >= Math.max(0, m.from - 3) && group(k) === group(m.from); k--)
      if (HARM_WORDS.test((words[k] as Word).text)) return true;
    return false;
  };
  for (const m of marks.get("benefit") as Mark[])
    if (
      negated(m, 4) &&
      (future(m) || !before("explain", m.from, 6)) &&
      !before("pastFact", m.from, 2) &&
      !harmNegated(m)
    )
      adverse.push(m);
  /** A word of the act's group has `role`. */
  const inGroup = (role: Role, m: Mark): boolean => {
    const g = group(m.from);
    for (let k = m.from - 1; k >= 0 && group(k) === g; k--) if (is(role, k)) return true;
    for (let k = m.from; k < words.length && group(k) === g; k++) if (is(role, k)) return true;
    return false;
  };
  /** « les salariés en ALD sont à retirer de… », "respondents who… are removed from…": people undergo the act. */
  const passiveOnPeople = (m: Mark): boolean => {
    const lead = [words[m.from - 1], words[m.from - 2]].some(
      (w) => w !== undefined && w.group === group(m.from) && PASSIVE_LEADS.has(w.text),
    );
    if (!lead) return false;
    for (let k = m.from - 1; k >= Math.max(0, m.from - 14) && group(k) === group(m.from); k--)
      if (isPeople(k)) return true;
    return false;
  };
  /** « les retirer », "remove them", « retire-les »: the act's object is a person by pronoun. */
  const pronounObject = (m: Mark): boolean =>
    (m.from > 0 && pronoun[m.from - 1] === 1 && CLITICS.has((words[m.from - 1] as Word).text)) ||
    // "take her off", "leave them out": the pattern's open word is the person.
    inside(m, (k) => pronoun[k] === 1 && /^(?:her|him|them|les|lui|leur)$/.test((words[k] as Word).text)) ||
    (pronoun[m.to] === 1 &&
      group(m.to) === group(m.from) &&
      /^(?:les|leur|lui|them|him|her)$/.test((words[m.to] as Word).text));
  // Pushing people out: « incite-les à quitter la mutuelle », "suggest she switch to another insurer".
  for (const m of marks.get("push") as Mark[]) {
    if (!asked(m)) continue;
    // « dis-moi », "tell me": the learner is told, nobody is pushed.
    if (/^(?:moi|me|us|nous)$/.test(words[m.to]?.text ?? "")) continue;
    for (let k = m.to; k < Math.min(words.length, m.to + 20) && group(k) === group(m.from); k++)
      if (is("departure", k)) {
        adverse.push(m);
        break;
      }
  }
  // Verbs adverse only with a person as object: « retire les adhérents en ALD », not « retire le justificatif »;
  // "drop a line to the member" is a contact.
  for (const m of marks.get("objectBound") as Mark[]) {
    if (!asked(m) || is("helpful", m.from)) continue;
    let traitAfter = false;
    for (let k = m.to; k < Math.min(words.length, m.to + 16) && group(k) === group(m.from); k++)
      if (is("sensitive", k) || is("sensitivePerson", k)) traitAfter = true;
    // « retirer du contrat de groupe les salariés en AT/MP »: a place named between the act and the people.
    if (pronounObject(m) || (aimsAtPeople(m, 3) && traitAfter) || passiveOnPeople(m)) adverse.push(m);
  }
  // « affectés au back-office, moins exposé », "moved to less visible roles": people sidelined.
  for (const m of marks.get("reassign") as Mark[]) {
    // « affectés à un poste aménagé », "moved to a quieter role to support her return": an accommodation.
    if (!asked(m) || inGroup("helpful", m)) continue;
    for (let k = m.to; k < Math.min(words.length, m.to + 8) && group(k) === group(m.from); k++)
      if (is("sideline", k)) {
        adverse.push(m);
        break;
      }
  }
  // A departure stated as the person's interest: « il serait mieux couvert ailleurs », "another insurer
  // might suit his needs better"; not « l'adhérent qui part à l'étranger : il sera mieux couvert par… ».
  for (const m of marks.get("suits") as Mark[]) {
    if (!asked(m)) continue;
    for (let k = Math.max(0, m.from - 4); k < Math.min(words.length, m.to + 10); k++)
      if (group(k) === group(m.from) && is("departure", k) && (k < m.from || k >= m.to)) {
        adverse.push(m);
        break;
      }
  }
  // A career consequence: « compromettre son évolution », "blocks her promotion", « son poste est menacé ».
  for (const m of marks.get("threat") as Mark[]) {
    if (!asked(m)) continue;
    for (let k = Math.max(0, m.from - 3); k < Math.min(words.length, m.to + 5); k++)
      if (group(k) === group(m.from) && is("career", k) && (k < m.from || k >= m.to)) {
        adverse.push(m);
        break;
      }
  }
  // Selling to people through their trait: « leur vendre », "target them with ads" (a purpose, below).
  const marketing = (marks.get("marketing") as Mark[]).filter(asked);
  for (const m of marketing) if (pronounObject(m) || aimsAtPeople(m, 2)) adverse.push(m);
  const adverseInGroup = new Map<number, Mark>();
  for (const m of [...adverse, ...marketing])
    if (!adverseInGroup.has(group(m.from))) adverseInGroup.set(group(m.from), m);
  /** Where the last help for the people themselves is, per group (« pour les accompagner »; not "help me"). */
  const helpfulAt = new Map<number, number>();
  for (const m of marks.get("helpful") as Mark[]) {
    const next = words[m.to];
    // « orienter vers une rupture conventionnelle », "guide them towards the exit": help towards an end.
    let towards = false;
    for (let k = m.to; k < Math.min(words.length, m.to + 8) && group(k) === group(m.from); k++)
      if (/^(?:vers|towards|toward|into)$/.test((words[k] as Word).text))
        for (let j = k + 1; j < Math.min(words.length, k + 5) && group(j) === group(m.from); j++)
          if (
            (["departure", "differential", "adverse"] as const).some((r) => is(r, j)) ||
            /^(?:sortie|exit|door)$/.test((words[j] as Word).text)
          )
            towards = true;
    if (towards) continue;
    // « propose un rappel dans six semaines au lieu des 48 h », "call them back last": help made worse is none.
    let worse = false;
    for (let k = m.to; k < Math.min(words.length, m.to + 6) && group(k) === group(m.from); k++)
      if (is("differential", k) || is("adverse", k)) worse = true;
    if (worse) continue;
    // "he can only contact us in writing": the help is what is restricted; "who calls a lot": the person calls;
    // "the offer isn't available": a noun, not help offered.
    for (let k = Math.max(0, m.from - 3); k < m.from; k++)
      if (group(k) === group(m.from) && (is("differential", k) || is("adverse", k))) worse = true;
    const lead = words[m.from - 1]?.text ?? "";
    if (
      /^(?:calls|call|appelle|appellent)$/.test((words[m.from] as Word).text) &&
      /^(?:who|that|qui)$/.test(lead)
    )
      worse = true;
    if (
      /^(?:offer|offers|offre|offres)$/.test((words[m.from] as Word).text) &&
      /^(?:the|an|a|this|that|our|l|une|cette|notre|votre|your)$/.test(lead)
    )
      worse = true;
    if (worse) continue;
    // "we don't have time to accommodate them": help refused.
    if (negated(m) || negated(m, 5) || (next && /^(?:me|m|moi)$/.test(next.text))) continue;
    // "on-call duties", "call centre": a rota or a place, not a call to someone.
    if (
      (words[m.from] as Word).text === "call" &&
      (words[m.from - 1]?.text === "on" || /^(?:centre|center|centres|centers)$/.test(next?.text ?? ""))
    )
      continue;
    // "take the client calls": calls answered are a task, not a call to someone.
    if (
      (words[m.from] as Word).text === "calls" &&
      /^(?:the|client|customer|member|phone|incoming|inbound|outgoing|their)$/.test(
        words[m.from - 1]?.text ?? "",
      )
    )
      continue;
    // « ajuster leur tarif », "so their rate can be adjusted": a price changed, not help.
    let priced = false;
    for (let k = Math.max(0, m.from - 4); k < Math.min(words.length, m.to + 3); k++)
      if (group(k) === group(m.from) && is("price", k)) priced = true;
    if (priced) continue;
    helpfulAt.set(group(m.from), m.from);
  }

  // The people's own request: « l'adhérent en ALD demande que son dossier soit mis en attente », "the
  // member asked to cancel".
  const ownRequestIn = new Set<number>();
  for (let k = 0; k < words.length; k++) {
    // « sa demande », "the request": a noun, not someone asking.
    let lead = k > 0 ? (words[k - 1] as Word).text : "";
    // « ceux qui le demandent », « qui en font la demande »: a clitic between « qui » and the verb.
    if (/^(?:le|la|les|l|en)$/.test(lead) && /^(?:qui)$/.test(words[k - 2]?.text ?? "")) {
      lead = "qui";
      if (isPeople(k - 3) && group(k - 3) === group(k) && OWN_REQUEST.test((words[k] as Word).text)) {
        ownRequestIn.add(group(k));
        continue;
      }
    }
    if (!OWN_REQUEST.test((words[k] as Word).text) || (SKIP.has(lead) && !/^(?:qui|who)$/.test(lead)))
      continue;
    // "staff who asked for desk fans", « ceux qui ont demandé un écran »: a thing asked for describes the
    // people; only a request for the treatment itself (« qui demandent à être reportés ») is theirs.
    if (/^(?:qui|who|that)$/.test(lead) || /^(?:for|pour|un|une|des|a|an)$/.test(words[k + 1]?.text ?? "")) {
      let treatment = false;
      for (let j = k + 1; j < Math.min(words.length, k + 7) && group(j) === group(k); j++)
        if (
          (
            ["withhold", "differential", "adverse", "objectBound", "legit", "departure", "reassign"] as const
          ).some((r) => is(r, j))
        )
          treatment = true;
      if (!treatment && /^(?:for|pour|un|une|des|a|an)$/.test(words[k + 1]?.text ?? "")) continue;
    }
    // « l'adhérent en invalidité qui demande à suspendre », "the member with MS who asked us to postpone".
    let asker = false;
    for (let j = k - 2; j >= Math.max(0, k - 6) && group(j) === group(k); j--) if (isPeople(j)) asker = true;
    if (
      /^(?:qui|who)$/.test(lead) &&
      asker &&
      /^(?:a|de|d|to|us|nous|que|qu|that|for)$/.test(words[k + 1]?.text ?? "")
    )
      ownRequestIn.add(group(k));
    // The one asking carries the trait: « l'adhérent en ALD demande », "she asked"; not "the HR team asked".
    // « afin qu'ils demandent d'eux-mêmes leur départ »: a request the prompt wants to bring about.
    let pushed = false;
    for (let j = k - 1; j >= Math.max(0, k - 4) && group(j) === group(k); j--)
      if (/^(?:afin|so|pour)$/.test((words[j] as Word).text)) pushed = true;
    if (pushed) continue;
    let trait = false;
    for (let j = k - 1; j >= Math.max(0, k - 5) && group(j) === group(k); j--) {
      if (is("sensitive", j) || is("sensitivePerson", j)) trait = true;
      if (isPeople(j) && (trait || pronoun[j] === 1)) ownRequestIn.add(group(k));
    }
  }
  /** Groups where the act is for the people's benefit or by law: « plus vite », "voluntary", « la loi ». */
  const legitIn = new Set<number>();
  const hiringAt = new Set<number>();
  for (const m of marks.get("hiring") as Mark[]) hiringAt.add(group(m.from));
  for (const m of marks.get("legit") as Mark[])
    // « moins adaptés », "less adapted": a judgement, not an accommodation; "screen for people with…" when
    // hiring sorts applicants, it is no medical screening.
    if (
      !negated(m) &&
      !/^(?:moins|less|mal|peu)$/.test(words[m.from - 1]?.text ?? "") &&
      !(hiringAt.has(group(m.from)) && /^screen/.test((words[m.from] as Word).text) && aimsAtPeople(m, 1)) &&
      // "the voluntary-leave push", « départ volontaire »: a departure called voluntary is still a departure.
      !/^(?:leave|departure|departures|redundancy|redundancies|exit|exits|severance|retirement|depart|departs|retraite)$/.test(
        words[m.to]?.text ?? "",
      ) &&
      !/^(?:depart|departs)$/.test(words[m.from - 1]?.text ?? "") &&
      // « leur remplacement définitif », "permanent replacement": cover for an absence is temporary.
      !/^(?:definitif|definitive|definitifs|permanent|permanente|permanently)$/.test(words[m.to]?.text ?? "")
    )
      legitIn.add(group(m.from));
  /** Groups that say the act follows the law: « critères légaux », "statutory", "as the law requires". */
  const lawIn = new Set<number>();
  for (const m of marks.get("legit") as Mark[])
    if (
      !negated(m) &&
      /^(?:statutory|law|legal|legally|labour|labor|order|collective|required|requis|code|critere|criteres|ordre|accord|convention|prevu|prevus|prevue|prevues|conformement|obligation|obligations|comme)$/.test(
        (words[m.from] as Word).text,
      ) &&
      /(?:statutory|law|legal|labou?r code|redundanc|collective|loi|legaux|legales|code du travail|licenciements|accord|convention|obligation)/.test(
        folded.slice((words[m.from] as Word).start, (words[m.to - 1] as Word).end),
      )
    )
      lawIn.add(group(m.from));
  /** « agrégées », "no names": the prompt works on figures. */
  const anonymised = (marks.get("anonymous") as Mark[]).some((m) => !negated(m));

  // 1. Selecting people by a sensitive trait: harmful with an adverse purpose, or by a trait (not the
  // care a claim is about) unless the selection is for their benefit (« pour les accompagner »).
  for (const m of marks.get("select") as Mark[]) {
    const g = group(m.from);
    const sensitive = strong(sensitiveInGroup.get(g));
    if (!sensitive || !asked(m) || !(aimsAtPeople(m) || pronounObject(m))) continue;
    const purpose = adverseInGroup.get(g);
    if (purpose)
      report("sensitive_targeting", g, [spanOf(words, m), sensitive[0] as Span, spanOf(words, purpose)]);
    else if (
      (personInGroup.has(g) || traitInGroup.has(g)) &&
      !((helpfulAt.get(g) ?? -1) > m.from) &&
      !legitIn.has(g) &&
      !anonymised
    )
      report("sensitive_targeting", g, [spanOf(words, m), sensitive[0] as Span]);
  }
  // 2. Adverse acts where people are named, and ranking or profiling of people, with a sensitive trait tied to them.
  for (const m of adverse) {
    const g = group(m.from);
    const lead = (words[m.from] as Word).text;
    // « leur lettre de licenciement », "their dismissal": a person's possessive makes it fall on them.
    let owned = false;
    for (let k = m.from - 1; k >= Math.max(0, m.from - 3) && group(k) === g; k--)
      if (/^(?:leur|leurs|son|sa|ses|their|his|her)$/.test((words[k] as Word).text)) owned = true;
    if (
      ((m.to === m.from + 1 && ADVERSE_NOUNS.has(lead)) || NOMINAL_LEADS.has(lead)) &&
      !aimsAtPeople(m) &&
      !owned
    )
      continue;
    const sensitive = sensitiveInGroup.get(g);
    if (sensitive && peopleInGroup.has(g) && !ownRequestIn.has(g) && !lawIn.has(g))
      report("sensitive_targeting", g, [spanOf(words, m), sensitive[0] as Span]);
  }
  // 2b. A decision about people tied to a trait, in the same sentence or the next: something held back
  // (« mise en attente », "turned down", "can wait", "we go with the other candidate") or withheld under
  // a negation (« n'auront plus accès », "will not be put up for the bonus"). Not when the decision is
  // explained or contested, asked by the people themselves, for their benefit, regardless of the trait,
  // or about anonymised figures.
  const columnIn = new Set<number>();
  for (let k = 0; k < words.length; k++)
    if (
      /^(?:colonne|colonnes|column|columns|ligne|lignes|row|rows|tag|tags|label|labels|etiquette|etiquettes|flag|flags)$/.test(
        (words[k] as Word).text,
      )
    )
      columnIn.add(group(k));
  const tiedTraitIn = new Set<number>();
  for (const g of sensitiveInGroup.keys())
    if (traitInGroup.has(g) || personInGroup.has(g)) tiedTraitIn.add(g);
  // A column of a table holds a trait of the people of its rows: « la colonne Motif arrêt ».
  for (const m of marks.get("sensitive") as Mark[])
    if (columnIn.has(group(m.from)) && !is("care", m.from) && !setAside(m)) tiedTraitIn.add(group(m.from));
  // Announcing or informing of a decision still makes it; explaining why does not ("without telling them why" does).
  const explainedIn = new Set<number>();
  for (const m of marks.get("explain") as Mark[])
    if (!negated(m) && !/^(?:annonc|announc|inform)/.test((words[m.from] as Word).text))
      explainedIn.add(group(m.from));
  for (const g of ownRequestIn) explainedIn.add(g);
  // « deux fois plus que la moyenne », "more than average": a comparison, not anonymised figures.
  const comparedTo = (k: number): boolean =>
    /^(?:que|qu|than)$/.test(words[k - 1]?.text ?? "") || /^(?:que|qu|than)$/.test(words[k - 2]?.text ?? "");
  // "adjust the targeting": adjusting is help only for a workstation or hours; « informer l'agent qu'il
  // n'aura pas la prime »: informing of a decision still makes it.
  const helpIn = new Map(
    [...helpfulAt].filter(([, k]) => !/^(?:adjust|inform)/.test((words[k] as Word).text)),
  );
  /** Groups with anonymised figures or "regardless": found once, so each check is a lookup. */
  const figuresIn = new Set<number>();
  for (let k = 0; k < words.length; k++)
    if ((is("anonymous", k) && !comparedTo(k)) || is("regardless", k)) figuresIn.add(group(k));
  const spoiled = (g: number, helpIn: ReadonlyMap<number, number> = helpfulAt): boolean =>
    figuresIn.has(g) || explainedIn.has(g) || helpIn.has(g);
  /** A harm just before the word: "won't lose her bonus", « ne perdra pas sa prime » is no withholding. */
  const harmBefore = (m: Mark): boolean => {
    for (let k = m.from - 1; k >= Math.max(0, m.from - 4) && group(k) === group(m.from); k--)
      if (
        HARM_WORDS.test((words[k] as Word).text) ||
        (["adverse", "objectBound", "threat"] as const).some((r) => is(r, k))
      )
        return true;
    return false;
  };
  /** A negation before the word, or « plus » / "longer" right before it, in the same clause. */
  const withheld = (m: Mark): boolean => {
    if (negated(m, 5)) return true;
    const prev = words[m.from - 1];
    return prev !== undefined && prev.group === group(m.from) && /^(?:plus|longer)$/.test(prev.text);
  };
  const decisions = [
    ...(marks.get("withhold") as Mark[]).filter(asked),
    // "we'd prefer not to proceed", « on ne la recrutera pas »: a benefit refused after the trait's sentence.
    ...adverse.filter((m) => m.role === "benefit"),
    ...(marks.get("granted") as Mark[]).filter(
      (m) =>
        withheld(m) &&
        !harmBefore(m) &&
        !before("pastFact", m.from, 3) &&
        !before("explain", m.from, 8) &&
        // « ne s'applique pas aux adhérents… »: a rule withheld from people, not from a product or a case.
        (!/^(?:s|applies|apply)$/.test((words[m.from] as Word).text) || aimsAtPeople(m, 1)),
    ),
  ];
  // Any act withheld in the future from those people is a decision too: « ne fera pas partie de l'équipe »,
  // "won't move forward"; unless what is withheld is a harm (« ne paiera pas plus », "won't lose her bonus").
  for (let k = 0; k + 1 < words.length; k++) {
    const text = (words[k] as Word).text;
    const next = (words[k + 1] as Word).text;
    let act = -1;
    if (/^(?:won|cannot|shouldn|mustn)$/.test(text)) act = k + 1;
    else if (/^(?:will|shall|should|must|can|may)$/.test(text) && /^(?:not|no|never)$/.test(next))
      act = k + 2;
    else if (/^(?:ne|n)$/.test(text))
      // « ne la leur vendra pas »: up to two clitics between « ne » and the verb.
      for (let j = k + 1; j <= k + 3 && j < words.length && group(j) === group(k); j++)
        if (
          /(?:era|eront|ra|ront|rons|rait|raient)$|^(?:doit|doivent|peut|peuvent)$/.test(
            (words[j] as Word).text,
          )
        ) {
          act = j;
          break;
        }
    // « on ne leur envoie plus », « de ne plus recruter », "we no longer invite": something stopped for them
    // from now on, said by the ones who decide (« on », « nous », "we") or asked for (an infinitive).
    if (act < 0 && /^(?:ne|n)$/.test(text)) {
      const subject = words[k - 1]?.group === group(k) ? (words[k - 1] as Word).text : "";
      const decider = /^(?:on|nous|je|j|de|d|a|pour|merci)$/.test(subject);
      if (next === "plus" && decider) act = k + 2;
      else if (decider)
        for (let j = k + 1; j <= k + 3 && j + 1 < words.length && group(j + 1) === group(k); j++)
          if ((words[j + 1] as Word).text === "plus" && !CLITICS.has((words[j] as Word).text)) {
            if (!/^(?:de|d|que|qu)$/.test(words[j + 2]?.text ?? "")) act = j;
            break;
          }
    } else if (
      act < 0 &&
      text === "no" &&
      next === "longer" &&
      /^(?:we|i|to|and|should|must)$/.test(words[k - 1]?.text ?? "")
    )
      act = k + 2;
    if (act < 0 || act >= words.length || group(act) !== group(k) || before("pastFact", k + 1, 2)) continue;
    let harmWithheld = false;
    let end = act;
    for (let j = act; j < Math.min(words.length, act + 7) && group(j) === group(k); j++) {
      end = j + 1;
      if (
        (["adverse", "objectBound", "threat", "withhold", "cost"] as const).some((r) => is(r, j)) ||
        // "the premium plan", « la prime de fin d'année » are things granted; "pay more premium" is a price.
        (is("price", j) && !PRODUCT_AFTER.test(words[j + 1]?.text ?? "")) ||
        HARM_WORDS.test((words[j] as Word).text)
      ) {
        harmWithheld = true;
        break;
      }
    }
    if (!harmWithheld) decisions.push({ role: "withhold", from: k, to: end });
  }
  // Effort withheld: "don't bother trying to retain them", « pas la peine de les relancer », « laisse tomber
  // la fidélisation »; not when the reason is a fact (« il a déjà envoyé », "already sent").
  for (let k = 1; k < words.length; k++) {
    const text = (words[k] as Word).text;
    const lead = (words[k - 1] as Word).text;
    const g = group(k);
    const dismissive =
      (text === "bother" && /^(?:t|not|never)$/.test(lead)) ||
      (text === "peine" && /^(?:la)$/.test(lead) && words[k - 2]?.text === "pas") ||
      (text === "tomber" && /^(?:laisse|laissez|laisser|laissons)$/.test(lead)) ||
      (text === "about" && lead === "forget") ||
      (text === "fatiguez" && lead === "vous") ||
      (text === "fatigue" && lead === "te");
    if (!dismissive || group(k - 1) !== g) continue;
    let already = false;
    for (let j = k + 1; j < words.length && group(j) <= g + 1; j++)
      if (/^(?:already|deja)$/.test((words[j] as Word).text)) already = true;
    if (already) continue;
    // Reported here: the people having asked to leave (« qui veulent résilier ») does not excuse it.
    for (let j = k + 1; j < Math.min(words.length, k + 7) && group(j) === g; j++)
      if ((["benefit", "helpful", "marketing", "push"] as const).some((r) => is(r, j))) {
        const traitGroup = tiedTraitIn.has(g) ? g : tiedTraitIn.has(g - 1) ? g - 1 : -1;
        const trait = traitGroup < 0 ? undefined : sensitiveInGroup.get(traitGroup)?.[0];
        if (trait && peopleInGroup.has(traitGroup) && !figuresIn.has(g) && !legitIn.has(g))
          report("sensitive_targeting", g, [
            spanOf(words, { role: "withhold", from: k - 1, to: j + 1 }),
            trait,
          ]);
        break;
      }
  }
  for (const m of decisions) {
    const g = group(m.from);
    const traitGroup = tiedTraitIn.has(g) ? g : tiedTraitIn.has(g - 1) ? g - 1 : -1;
    if (traitGroup < 0 || spoiled(g, helpIn) || spoiled(traitGroup, helpIn)) continue;
    // "things we must never ask": what is withheld is itself lawful practice.
    let lawful = false;
    for (let k = m.from; k < Math.min(m.to, m.from + 3); k++) if (is("legit", k)) lawful = true;
    if (lawful) continue;
    if (!peopleInGroup.has(g) && !peopleInGroup.has(traitGroup) && !columnIn.has(traitGroup)) continue;
    const sensitive = sensitiveInGroup.get(traitGroup);
    const trait = sensitive?.[0];
    report("sensitive_targeting", g, trait ? [spanOf(words, m), trait] : [spanOf(words, m)]);
  }
  // 2c. A different treatment of people with a trait, found in three parts and joined by structure: the
  // people (a person word, « ceux qui », "the ones with", a pronoun or possessive, a table column), a trait
  // tied to them, and a treatment that falls on them (its subject, its object, or the people named after
  // « sauf », "except", "only", "instead of"). The treatment is a class of acts (someone else instead, a
  // choice between people, later or lower, kept in or out, worse terms, an end to a job, made harder or
  // watched, fewer of them), a ranking or selection of the people themselves, or a departure as a
  // condition or a purpose (« si les salariés sous dialyse quittent le contrat »). Not for their benefit
  // (faster, voluntary, an accommodation, prevention, at their request), by law, for everyone, regardless
  // of the trait, about anonymised figures, or a decision explained or contested.
  const hiringGroups = new Set<number>();
  for (const m of marks.get("hiring") as Mark[]) hiringGroups.add(group(m.from));
  // "the delay came from a missing document", « le délai est réduit à 3 jours »: a delay named or shortened
  // is a fact or a help, not a treatment.
  const factNoun = (m: Mark): boolean => {
    const text = (words[m.from] as Word).text;
    if (
      m.to === m.from + 1 &&
      /^(?:delay|delays|retard|retards|freeze|postponement)$/.test(text) &&
      /^(?:the|a|an|this|that|any|no|le|un|du|ce|cet|aucun|son|sa|leur|their|his|her|its|reduced|shorter|shortened|lower|average|mean|median|typical|moyen|moyenne|median)$/.test(
        words[m.from - 1]?.text ?? "",
      )
    )
      return true;
    if (!/^(?:reduced|reduce|reduit|reduite|reduits|reduites)$/.test(text)) return false;
    for (let k = Math.max(0, m.from - 4); k < Math.min(words.length, m.to + 3); k++)
      if (
        group(k) === group(m.from) &&
        /^(?:delai|delais|delay|delays|attente|waiting|wait)$/.test((words[k] as Word).text)
      )
        return true;
    return false;
  };
  /** The index of the first word of each group. */
  const groupStart = new Map<number, number>();
  for (let k = words.length - 1; k >= 0; k--) groupStart.set(group(k), k);
  const firstOfGroup = (g: number): number => groupStart.get(g) ?? words.length;
  const treatments: Mark[] = (marks.get("differential") as Mark[]).filter(
    (m) => asked(m) && !dated(m) && !factNoun(m),
  );
  // Sorting, ranking or picking the people themselves (« on privilégiera celles qui… », "shortlist the
  // applicants"), not their complaints (« classe les réclamations des adhérents âgés ») nor teams.
  const collective = (m: Mark): boolean => {
    for (let k = m.to; k < Math.min(words.length, m.to + 4) && group(k) === group(m.from); k++)
      if (/^(?:team|teams|equipe|equipes|workforce|service|services)$/.test((words[k] as Word).text))
        return true;
    return false;
  };
  for (const role of ["rank", "select"] as const)
    for (const m of marks.get(role) as Mark[])
      if (asked(m) && (aimsAtPeople(m, 0) || pronounObject(m)) && !collective(m)) treatments.push(m);
  // A departure as a condition or a purpose: « si les salariés sous dialyse quittent le contrat », « pour
  // qu'ils partent ».
  for (const m of marks.get("departure") as Mark[]) {
    for (let k = m.from - 1; k >= Math.max(0, m.from - 10) && group(k) === group(m.from); k--)
      if (/^(?:si|if|provided|unless|qu|afin|so)$/.test((words[k] as Word).text)) {
        treatments.push(m);
        break;
      }
  }
  /** A trait (not set aside; care too when `care`) among words [from, to) of group g. */
  const traitStart = new Map<number, Mark>();
  for (const role of ["sensitive", "sensitivePerson"] as const)
    for (const t of marks.get(role) as Mark[]) if (!traitStart.has(t.from)) traitStart.set(t.from, t);
  /** A trait (not set aside; care too when `care`) starting among words [from, to) of group g; at most
   * WINDOW words are looked at, so the reading stays linear in the prompt's length. */
  const WINDOW = 40;
  const traitAmong = (g: number, from: number, to: number, care: boolean): Span | null => {
    for (let k = Math.max(0, from); k < Math.min(words.length, to, Math.max(0, from) + WINDOW); k++) {
      const t = traitStart.get(k);
      if (t && group(k) === g && (care || !is("care", k)) && !setAside(t)) return spanOf(words, t);
    }
    return null;
  };
  /** A trait of group g within WINDOW words either side of word `at`. */
  const traitNear = (g: number, at: number, care: boolean): Span | null =>
    traitAmong(g, at - WINDOW / 2, at + WINDOW / 2, care);
  /** People before the act in its clause: the subject of « passent après », "should wait longer". */
  const subjectBefore = (m: Mark): boolean => {
    for (let k = m.from - 1; k >= Math.max(0, m.from - 12) && group(k) === group(m.from); k--) {
      if (folded.slice((words[k] as Word).end, (words[k + 1] as Word).start).includes(",")) return false;
      if (isPeople(k)) return true;
    }
    return false;
  };
  // Placing the people themselves (an office, a shift, a project, a slot in the planning) needs no worse
  // word: « installés dans le bureau du fond », "put them on the night shift". Not an accommodation or help.
  /** « les salariés… seront placés », "the staff are put on": people right before the passive. */
  const placedPeople = (m: Mark): boolean => {
    if (!passiveOnPeople(m)) return false;
    for (let k = m.from - 1; k >= Math.max(0, m.from - 9) && group(k) === group(m.from); k--)
      if (isPeople(k)) return true;
    return false;
  };
  /** The first word of the object, past articles and numbers, is a person: "put the two staff…", not "reassign the claims of…". */
  const placesPeople = (m: Mark): boolean => {
    for (let k = m.to; k < Math.min(words.length, m.to + 6) && group(k) === group(m.from); k++) {
      const text = (words[k] as Word).text;
      // "the team meeting", « l'équipe projet »: a collective word naming a thing, not the people.
      const next = words[k + 1];
      if (
        isPeople(k) &&
        /^(?:team|teams|staff|equipe|equipes|workforce)$/.test(text) &&
        next !== undefined &&
        next.group === group(k) &&
        !SKIP.has(next.text) &&
        !isPeople(k + 1) &&
        !is("sensitive", k + 1) &&
        !is("sensitivePerson", k + 1) &&
        !PERSON_CONNECTORS.test(next.text)
      )
        return false;
      // "the union reps' time off": the people own what is placed.
      if (
        isPeople(k) &&
        next?.text === "s" &&
        next.group === group(k) &&
        folded.charAt(next.start - 1) === "'"
      )
        return false;
      if (isPeople(k)) return true;
      if (!(
        SKIP.has(text) ||
        /^\d+$/.test(text) ||
        /^(?:two|three|four|five|deux|trois|quatre|cinq)$/.test(text)
      ))
        return false;
    }
    return false;
  };
  /** « mets en copie », "put in touch": a contact, not a place. */
  const contactAfter = (m: Mark): boolean => {
    for (let k = m.to; k < Math.min(words.length, m.to + 8) && group(k) === group(m.from); k++)
      if (/^(?:copie|copy|cc|relation|touch|contact)$/.test((words[k] as Word).text)) return true;
    return false;
  };
  for (const m of marks.get("reassign") as Mark[])
    if (
      asked(m) &&
      // "put through", "put forward", "put together": no place.
      !/^(?:through|forward|together|up|across|down|in|into)$/.test(words[m.to]?.text ?? "") &&
      !contactAfter(m) &&
      (placesPeople(m) ||
        placedPeople(m) ||
        pronounObject(m) ||
        (pronoun[m.from - 1] === 1 && /^(?:l|la|le)$/.test(words[m.from - 1]?.text ?? "")) ||
        // « les salariés en arrêt… iront dans l'open space »: the people go.
        (PLACED_INTO.test((words[m.from] as Word).text) && subjectBefore(m)))
    )
      treatments.push(m);
  // Keeping, promoting or hiring someone put as a question (« peut-on garder dans l'équipe une vendeuse atteinte
  // de… ? », "should we still promote him?"): asking it about a trait makes the trait the criterion.
  const questionIn = new Set<number>();
  for (let at = folded.indexOf("?"), k = 0; at >= 0; at = folded.indexOf("?", at + 1)) {
    // The word the question mark follows: one pass, both positions only move forward.
    while (k + 1 < words.length && (words[k + 1] as Word).start < at) k++;
    if (k < words.length && (words[k] as Word).end <= at) questionIn.add(group(k));
  }
  // A doubt cast on it: « raisonnablement », "still", "worth", « malgré », "despite", "given".
  const doubtIn = new Set<number>();
  for (let k = 0; k < words.length; k++) {
    const text = (words[k] as Word).text;
    if (
      /^(?:raisonnablement|vraiment|encore|toujours|reasonably|realistically|really|still|worth|risky|risque|wise|sensible|judicieux|prudent)$/.test(
        text,
      )
    )
      doubtIn.add(group(k));
    // « malgré », "given", « vu »: a doubt only when what follows is the trait (« vu sa maladie »), not « vu la
    // charge de travail ».
    else if (/^(?:malgre|despite|given|vu)$/.test(text) && traitAmong(group(k), k + 1, k + 5, false))
      doubtIn.add(group(k));
  }
  for (const m of marks.get("benefit") as Mark[])
    if (
      questionIn.has(group(m.from)) &&
      doubtIn.has(group(m.from)) &&
      asked(m) &&
      !negated(m, 4) &&
      /^(?:gard|conserv|reten|retien|retain|keep|kept|promo|renouvel|reconduir|renew|hire|recrut|embauch|titularis|prolong|extend)/.test(
        (words[m.from] as Word).text,
      )
    )
      treatments.push(m);
  // Keeping someone put as an open question in an indirect form: "whether they stay in customer-facing roles",
  // « si elle reste à son poste », "whether to keep him".
  for (let k = 1; k < words.length; k++)
    if (
      /^(?:stay|stays|remain|remains|keep|reste|restent|rester|garde|garder|gardons|conserver|conserve)$/.test(
        (words[k] as Word).text,
      ) &&
      [k - 1, k - 2, k - 3].some(
        (j) => j >= 0 && group(j) === group(k) && /^(?:whether|si)$/.test((words[j] as Word).text),
      ) &&
      [k - 1, k - 2].some(
        (j) =>
          j >= 0 && (isPeople(j) || (words[j] as Word).text === "to" || (words[j] as Word).text === "on"),
      ) &&
      !negated({ role: "benefit", from: k, to: k + 1 }, 3)
    )
      treatments.push({ role: "benefit", from: k, to: k + 1 });
  // « à tous sauf… », "everyone except…", "only staff…", "instead of": the people after the word are left
  // out of what the others get, so help given to the others does not excuse it.
  const EXCEPT =
    /^(?:sauf|excepte|exceptes|hormis|contrairement|seuls|seules|uniquement|seulement|plutot|au|except|excepting|apart|other|unlike|only|instead|rather)$/;
  const OTHERS = /^(?:autres|others|everyone|everybody|reste|rest)$/;
  /** « prendra celui qui… », "recommend the one without…": a choice between people. */
  const choice = (m: Mark): boolean => {
    for (let k = m.from; k < m.to; k++)
      if (/^(?:celui|celle|one)$/.test((words[k] as Word).text)) return true;
    return false;
  };
  /** « pour tous », "for everyone": the same treatment for all. */
  const forAllGroups = new Set<number>();
  for (let k = 0; k + 1 < words.length; k++)
    if (
      group(k + 1) === group(k) &&
      /^(?:pour|for|a|to)$/.test((words[k] as Word).text) &&
      /^(?:tous|toutes|everyone|everybody|all)$/.test((words[k + 1] as Word).text) &&
      // « pour toutes les autres », "for all the others": the rest, set against some.
      ![words[k + 2], words[k + 3]].some(
        (w) => w !== undefined && /^(?:autres|other|others|else|rest|reste)$/.test(w.text),
      )
    )
      forAllGroups.add(group(k));
  // "(all of them)", « sans exception »: the rule falls on everyone, not on people picked by a trait.
  for (let k = 0; k + 2 < words.length; k++) {
    const [a, b, c] = [words[k], words[k + 1], words[k + 2]].map((w) => (w as Word).text);
    if (
      (a === "all" && b === "of" && c === "them") ||
      (a === "sans" && b === "exception") ||
      (a === "without" && b === "exception")
    )
      forAllGroups.add(group(k));
  }
  const forAll = (g: number): boolean => forAllGroups.has(g);
  const forAllIn = forAll;
  for (const m of treatments) {
    const g = group(m.from);
    const except = EXCEPT.test((words[m.from] as Word).text);
    const help = except ? new Map<number, number>() : helpIn;
    if (
      spoiled(g, help) ||
      legitIn.has(g) ||
      legitIn.has(g + 1) ||
      ownRequestIn.has(g) ||
      ownRequestIn.has(g + 1)
    )
      continue;
    if (!except && forAll(g)) continue;
    let trait: Span | null = null;
    if (except) {
      // The people left out carry the trait (« sauf aux adhérents qui ont eu trois hospitalisations »,
      // "except the applicants who disclosed…"), or the others are named after a trait (« reçoivent leurs
      // remboursements en fin de mois, contrairement aux autres »).
      trait = traitAmong(g, m.to, m.to + 12, true);
      let others = false;
      // "only the others": the others may be inside the phrase.
      for (let k = m.from + 1; k < Math.min(words.length, m.to + 3) && group(k) === g; k++)
        if (OTHERS.test((words[k] as Word).text)) others = true;
      if (!trait && others && tiedTraitIn.has(g)) trait = traitAmong(g, m.from - WINDOW, m.from, true);
      // « …ne soient pas informés ; seuls les autres seront contactés »: the others of the sentence before.
      let othersBefore = false;
      if (!trait && others && tiedTraitIn.has(g - 1) && peopleInGroup.has(g - 1) && !spoiled(g - 1, help)) {
        trait = sensitiveInGroup.get(g - 1)?.[0] ?? null;
        othersBefore = trait !== null;
      }
      // What the person gets instead of a job, a post or what was promised: « le collègue revenu d'un
      // cancer sera affecté à l'accueil plutôt qu'au poste promis », "gets the smaller team instead of the
      // one he was promised"; not a means (« plutôt que par courrier », "instead of by post").
      const means = /^(?:by|par|via|through|en|with|avec|over)$/.test(words[m.to]?.text ?? "");
      if (!trait && !means && subjectBefore(m) && tiedTraitIn.has(g)) {
        let granted = false;
        for (let k = m.to; k < Math.min(words.length, m.to + 6) && group(k) === g; k++)
          if (is("career", k) || is("granted", k) || /^(?:one|celui|celle)$/.test((words[k] as Word).text))
            granted = true;
        if (granted) trait = traitAmong(g, m.from - WINDOW, m.from, true);
      }
      if (!trait || !(peopleInGroup.has(g) || othersBefore)) continue;
    } else if (choice(m)) {
      // The one chosen is told apart by the trait, or people are compared for a job.
      trait = traitAmong(g, m.to, m.to + 6, false);
      if (!trait && (hiringGroups.has(g) || hiringGroups.has(g - 1)))
        trait = sensitiveInGroup.get(g)?.[0] ?? sensitiveInGroup.get(g - 1)?.[0] ?? null;
      if (!trait) continue;
    } else {
      // The people with the trait undergo the act: its subject, its object, or by a pronoun; or a table
      // column holds the trait (« La colonne G indique… Surligne les commerciales concernées »).
      // « en attirer moins », "fewer of them", "pass on them": a pronoun inside the act; « sa période
      // d'essai », "their probation": a person's possessive right before it.
      let inner = /^(?:en)$/.test((words[m.from] as Word).text);
      // "not to the others", « pas aux autres »: the others of people with a trait stand inside the act.
      for (let k = m.from; k < m.to; k++)
        if (pronoun[k] === 1 || OTHERS.test((words[k] as Word).text)) inner = true;
      const owned = /^(?:son|sa|ses|leur|leurs|his|her|their)$/.test(words[m.from - 1]?.text ?? "");
      // « pour les adhérents séropositifs, demandez systématiquement… »: the people the rule is for.
      let forPeople = false;
      for (let k = Math.max(0, m.from - 30); k < m.from; k++)
        if (group(k) === g && /^(?:pour|for)$/.test((words[k] as Word).text))
          for (let j = k + 1; j <= k + 3 && j < m.from; j++) if (isPeople(j)) forPeople = true;
      const onPeople =
        inner ||
        owned ||
        forPeople ||
        subjectBefore(m) ||
        aimsAtPeople(m, 3) ||
        passiveOnPeople(m) ||
        pronounObject(m);
      const careCounts = m.role === "differential" || m.role === "departure";
      // « La personne est reconnue travailleur handicapé ; fais traîner » : an order that opens its sentence,
      // with nobody named in it, falls on the people of the sentence before.
      const opensOrder = m.from === firstOfGroup(g) && !peopleInGroup.has(g) && peopleInGroup.has(g - 1);
      for (const candidate of [g, g - 1, g + 1]) {
        if (
          candidate !== g &&
          !(peopleInGroup.has(g) || columnIn.has(candidate) || (opensOrder && candidate === g - 1))
        )
          continue;
        if (!(tiedTraitIn.has(candidate) || (careCounts && sensitiveInGroup.has(candidate)))) continue;
        if (spoiled(candidate, help) || legitIn.has(candidate)) continue;
        trait =
          sensitiveInGroup.get(candidate)?.[0] ??
          (candidate === g
            ? traitNear(g, m.from, careCounts)
            : candidate < g
              ? traitAmong(candidate, m.from - WINDOW, m.from, careCounts)
              : traitAmong(candidate, m.to, m.to + WINDOW, careCounts));
        // Selecting or sorting people by where they live is no worse treatment on its own.
        if (trait && (m.role === "select" || m.role === "rank") && proxyStarts.has(trait.start)) trait = null;
        if (trait && (onPeople || columnIn.has(candidate) || (opensOrder && candidate === g - 1))) break;
        trait = null;
      }
      // A trait not next to a person word (« un passé de burn-out fait perdre 2 points au candidat »)
      // counts when the act itself falls on people.
      if (!trait && (aimsAtPeople(m, 3) || passiveOnPeople(m))) trait = traitNear(g, m.from, false);
      if (!trait || ((m.role === "select" || m.role === "rank") && proxyStarts.has(trait.start))) continue;
    }
    report("sensitive_targeting", g, [spanOf(words, m), trait]);
  }
  // A refusal or a decision whose real reason, a trait, is to be hidden: « rédige un refus poli en invoquant
  // un autre motif », "phrase the rejection so she doesn't guess it's her MS diagnosis".
  for (const m of marks.get("pretext") as Mark[]) {
    const g = group(m.from);
    let act = false;
    for (let k = Math.max(0, m.from - WINDOW); k < Math.min(words.length, m.to + WINDOW); k++)
      if (
        (group(k) === g || group(k) === g - 1) &&
        (["adverse", "withhold", "differential"] as const).some((r) => is(r, k))
      )
        act = true;
    const trait =
      traitNear(g, m.from, false) ??
      (peopleInGroup.has(g - 1) ? traitAmong(g - 1, m.from - WINDOW, m.from, false) : null);
    // "explain the real reason (missing invoice)": the real reason is given, not hidden.
    if (!act || !trait || negated(m) || legitIn.has(g) || explainedIn.has(g)) continue;
    if (!peopleInGroup.has(g) && !peopleInGroup.has(g - 1)) continue;
    report("sensitive_targeting", g, [spanOf(words, m), trait]);
  }
  // A decision whose reason is a person's trait, in its sentence or the next: « dis-lui non. C'est parce qu'elle
  // allaite », "say no… it's because she's breastfeeding", "turned down due to his diabetes". Not when the
  // decision is explained or contested, asked by the person, for their benefit or by law.
  for (let k = 0; k < words.length; k++) {
    const text = (words[k] as Word).text;
    const cause =
      /^(?:because|parce|car)$/.test(text) ||
      (/^(?:cause|raison|due|owing)$/.test(text) && /^(?:a|en|to|of)$/.test(words[k + 1]?.text ?? "")) ||
      (text === "cause" && words[k - 1]?.text === "a");
    if (!cause) continue;
    const g = group(k);
    // The trait is someone's: a pronoun or a possessive just before it, or a person word.
    let holder = -1;
    for (let j = k + 1; j < Math.min(words.length, k + 6) && group(j) === g; j++)
      if (
        pronoun[j] === 1 ||
        isPeople(j) ||
        POSSESSIVES.has((words[j] as Word).text) ||
        PLURAL_POSSESSIVES.has((words[j] as Word).text)
      ) {
        holder = j;
        break;
      }
    if (holder < 0) continue;
    const trait = traitAmong(g, holder, holder + 6, false);
    if (!trait) continue;
    if (legitIn.has(g) || explainedIn.has(g) || ownRequestIn.has(g) || spoiled(g)) continue;
    let act: Mark | null = null;
    for (const candidate of [g, g - 1]) {
      if (
        candidate < 0 ||
        explainedIn.has(candidate) ||
        ownRequestIn.has(candidate) ||
        legitIn.has(candidate)
      )
        continue;
      for (const m of [...adverse, ...decisions.filter((d) => group(d.from) === candidate)])
        if (group(m.from) === candidate) act ??= m;
    }
    if (act) report("sensitive_targeting", g, [spanOf(words, act), trait]);
  }
  // A reason not to be given, when it is a trait: "don't mention it's because of her wheelchair", « ne dis
  // pas que c'est à cause de son diabète », with a refusal or a decision in the sentence or the one before.
  for (let k = 0; k < words.length; k++) {
    if (!/^(?:because|parce|car|cause|raison|reason|due)$/.test((words[k] as Word).text)) continue;
    const g = group(k);
    let hidden = false;
    for (let j = Math.max(0, k - 8); j < k; j++)
      if (
        group(j) === g &&
        /^(?:mention|say|tell|state|reveal|admit|write|mentionne|mentionner|dis|dire|precise|preciser|indique|indiquer|ecris|ecrire|avoue)$/.test(
          (words[j] as Word).text,
        ) &&
        negated({ role: "usage", from: j, to: j + 1 }, 3)
      )
        hidden = true;
    if (!hidden) continue;
    const trait = traitAmong(g, k + 1, k + 8, false);
    if (!trait || legitIn.has(g) || explainedIn.has(g)) continue;
    let act = false;
    let someone = peopleInGroup.has(g) || peopleInGroup.has(g - 1);
    for (let j = Math.max(0, k - WINDOW); j < Math.min(words.length, k + WINDOW); j++) {
      if (group(j) !== g && group(j) !== g - 1) continue;
      if ((["adverse", "withhold", "differential"] as const).some((r) => is(r, j))) act = true;
      if (pronoun[j] === 1) someone = true;
    }
    if (act && someone)
      report("sensitive_targeting", g, [spanOf(words, { role: "pretext", from: k, to: k + 1 }), trait]);
  }
  /** The word opens a bullet or a numbered item: « — », "•", "-", "*", "2)". */
  const bulletAt = (k: number): boolean => {
    if (k === 0) return false;
    const gap = folded.slice((words[k - 1] as Word).end, (words[k] as Word).start);
    return (
      /[\u2014\u2013\u2022*]|(?:^|\s)-\s/.test(gap) ||
      (/^\)\s/.test(gap) && /^\d+$/.test((words[k - 1] as Word).text))
    );
  };
  /** The first check word of each group: « vérifie si… » before an opener makes it a risk examined. */
  const firstAuditIn = new Map<number, number>();
  for (let k = words.length - 1; k >= 0; k--) if (is("audit", k)) firstAuditIn.set(group(k), k);
  // Two groups of people treated apart by a rule keyed on a trait: « toute demande d'un adhérent suivi en
  // oncologie part en contrôle approfondi, les autres sont payées directement », "any member who reports an
  // eating disorder goes into manual review, everyone else is auto-approved", « si un assuré déclare… ».
  for (let k = 0; k < words.length; k++) {
    // Also "members who mention cancer get…, everyone else…": people picked by a relative clause.
    if (
      !/^(?:si|quand|lorsqu|lorsque|toute|tout|tous|toutes|if|when|whenever|any|every|each)$/.test(
        (words[k] as Word).text,
      ) &&
      !(/^(?:qui|who)$/.test((words[k] as Word).text) && isPeople(k - 1) && group(k - 1) === group(k)) &&
      // "Members over 75 go to manual review; everyone else…": the sentence opens with the people.
      !(isPeople(k) && !pronoun[k] && k === firstOfGroup(group(k))) &&
      // A bullet or a line that opens with the people: « — adhérents au syndicat SUD : … », "• shop stewards: …".
      !(bulletAt(k) && (isPeople(k) || isPeople(k + 1))) &&
      // « les devis des bénéficiaires de la CSS passent en contrôle, les autres… »: people anywhere, set
      // against the others.
      !(isPeople(k) && pronoun[k] === 0)
    )
      continue;
    const g = group(k);
    // People met anywhere in the sentence are set against « les autres », "the rest" only, not any worse word.
    const anywhere =
      !/^(?:si|quand|lorsqu|lorsque|toute|tout|tous|toutes|if|when|whenever|any|every|each|qui|who)$/.test(
        (words[k] as Word).text,
      ) &&
      k !== firstOfGroup(group(k)) &&
      !bulletAt(k);
    const trait = traitAmong(g, bulletAt(k) ? k : k + 1, k + 10, false);
    if (!trait || !tiedTraitIn.has(g) || spoiled(g) || legitIn.has(g) || ownRequestIn.has(g) || forAllIn(g))
      continue;
    // « vérifie si la procédure désavantage… », "check for any wording that could discourage…": a risk examined.
    if ((firstAuditIn.get(g) ?? words.length) < k) continue;
    let contrast: Mark | null = null;
    // « les autres » opening the next clause (« … ; les autres sont remboursés d'office ») contrasts too,
    // unless it says they are treated alike (« comme les autres », "as everyone else").
    const nextOpens = g + 1;
    for (let j = k + 1; j < Math.min(words.length, k + WINDOW); j++) {
      if (group(j) !== g && !(group(j) === nextOpens && j - 4 < firstOfGroup(nextOpens))) break;
      if (
        /^(?:autres|others|everyone|everybody|rest|reste)$/.test((words[j] as Word).text) &&
        !is("regardless", j - 1) &&
        !/^(?:comme|as|like|than|que|qu|with|avec)$/.test(words[j - 1]?.text ?? "") &&
        !/^(?:comme|as|like|than|que|qu|with|avec)$/.test(words[j - 2]?.text ?? "") &&
        (group(j) === g || !(spoiled(nextOpens) || legitIn.has(nextOpens)))
      )
        contrast = { role: "differential", from: j, to: j + 1 };
      else if (
        !anywhere &&
        is("differential", j) &&
        !factNoun({ role: "differential", from: j, to: j + 1 }) &&
        asked({ role: "differential", from: j, to: j + 1 })
      )
        contrast ??= { role: "differential", from: j, to: j + 1 };
    }
    if (contrast) report("sensitive_targeting", g, [spanOf(words, contrast), trait]);
  }
  // People weighed as a cost by their trait: « ils coûtent déjà assez cher », "her cancer history makes
  // her too expensive", « qui ne sont plus rentables »; not a price found too high (« sa cotisation trop chère »).
  for (const m of marks.get("cost") as Mark[]) {
    const g = group(m.from);
    const sensitive = sensitiveInGroup.get(g);
    // « sa cotisation trop chère », "the care costs members more": a price or care that costs, not people.
    const to = words[m.to]?.group === g ? (words[m.to] as Word).text : "";
    if (
      !sensitive ||
      !peopleInGroup.has(g) ||
      !asked(m) ||
      before("price", m.from, 3) ||
      before("care", m.from, 3)
    )
      continue;
    if (/^(?:a|au|aux|to|for|pour)$/.test(to)) continue;
    report("sensitive_targeting", g, [spanOf(words, m), sensitive[0] as Span]);
  }
  // A career benefit kept for people without a trait: « réserver les postes d'encadrement aux salariés sans
  // antécédent de burn-out », "management roles should go to staff with no history of burnout".
  for (const m of marks.get("reserve") as Mark[]) {
    const g = group(m.from);
    const sensitive = sensitiveInGroup.get(g);
    if (!sensitive || !traitInGroup.has(g) || !peopleInGroup.has(g) || !asked(m) || helpfulAt.has(g))
      continue;
    let career = false;
    for (let k = Math.max(0, m.from - 6); k < Math.min(words.length, m.to + 6); k++)
      if (group(k) === g && is("career", k)) career = true;
    if (career) report("sensitive_targeting", g, [spanOf(words, m), sensitive[0] as Span]);
  }
  for (const m of marks.get("rank") as Mark[]) {
    const g = group(m.from);
    const sensitive = strong(sensitiveInGroup.get(g));
    // Figures only (« agrégées », "Aggregated only."): scores by age band rank no one; a segment made to
    // help or invite the people (« pour les inviter à l'atelier prévention ») picks no one out.
    if (!sensitive || !asked(m) || anonymised || (helpfulAt.get(g) ?? -1) > m.from) continue;
    // People ranked by the trait (« classe les candidats selon leur religion »), or people described by a
    // trait ranked at all ("rank employees from most to least likely to get pregnant"); not complaints
    // of elderly members sorted by reason.
    if ((criterionInGroup.has(g) && aimsAtPeople(m, 2)) || (traitInGroup.has(g) && aimsAtPeople(m, 0)))
      report("sensitive_targeting", g, [spanOf(words, m), sensitive[0] as Span]);
  }
  // 3. Inferring a sensitive trait of people: « devine sa religion d'après son nom », "predict which members…".
  for (const m of marks.get("infer") as Mark[]) {
    const g = group(m.from);
    const sensitive = sensitiveInGroup.get(g);
    if (!asked(m)) continue;
    let k = m.to;
    while (k < words.length && group(k) === g && SKIP.has((words[k] as Word).text)) k++;
    if (sensitive && traitInGroup.has(g) && peopleInGroup.has(g) && (isPeople(k) || is("sensitive", k))) {
      report("sensitive_targeting", g, [spanOf(words, m), sensitive[0] as Span]);
      continue;
    }
    // "who probably has a drinking issue", « lesquels sont sûrement malades »: a trait guessed of whoever
    // the question or the people of the sentence stand for.
    let whoBefore = false;
    for (let j = Math.max(0, m.from - 3); j < m.from; j++)
      if (
        group(j) === g &&
        /^(?:who|qui|which|quels|quelles|lesquels|lesquelles)$/.test((words[j] as Word).text)
      )
        whoBefore = true;
    let granted = false;
    for (let j = m.to; j < Math.min(words.length, m.to + 5) && group(j) === g; j++)
      if ((["benefit", "claim", "granted", "legit", "helpful"] as const).some((r) => is(r, j)))
        granted = true;
    // "probably eligible for the disability cover": what is guessed is a right, not a trait.
    const guessed = granted ? null : traitAmong(g, m.to, m.to + 5, false);
    if (guessed && (whoBefore || peopleInGroup.has(g)) && !legitIn.has(g) && !spoiled(g)) {
      report("sensitive_targeting", g, [spanOf(words, m), guessed]);
      continue;
    }
    // « déduis l'origine ethnique probable de chaque adhérent »: the trait inferred, then whose it is.
    const t = traitStart.get(k);
    if (!t || group(k) !== g || is("care", k) || setAside(t)) continue;
    for (let j = t.to; j < Math.min(words.length, t.to + 6) && group(j) === g; j++)
      if (isPeople(j)) {
        report("sensitive_targeting", g, [spanOf(words, m), spanOf(words, t)]);
        break;
      }
  }
  // 3'. A trait guessed from a proxy, whatever the tense: "by religion (we inferred it from surnames)", « l'origine
  // déduite des prénoms », "ethnicity estimated from first names". Working on people by it is profiling.
  for (const m of marks.get("infer") as Mark[]) {
    const g = group(m.from);
    if (negated(m, 4) || spoiled(g) || legitIn.has(g)) continue;
    let proxy = -1;
    for (let k = m.to; k < Math.min(words.length, m.to + 6) && group(k) === g; k++)
      if (
        /^(?:surname|surnames|name|names|nom|noms|prenom|prenoms|photo|photos|accent|accents|postcode|postcodes|address|addresses|adresse|adresses|purchases|achats|handwriting)$/.test(
          (words[k] as Word).text,
        ) &&
        [k - 1, k - 2, k - 3].some((j) =>
          /^(?:from|using|via|par|des|du|apres|partir|their|leurs|leur|on)$/.test(words[j]?.text ?? ""),
        )
      ) {
        proxy = k;
        break;
      }
    if (proxy < 0) continue;
    const trait =
      traitAmong(g, m.from - WINDOW / 2, m.from + WINDOW / 2, false) ??
      (g > 0 ? traitAmong(g - 1, m.from - WINDOW, m.from, false) : null);
    if (trait)
      report("sensitive_targeting", g, [
        spanOf(words, m),
        spanOf(words, { role: "infer", from: proxy, to: proxy + 1 }),
        trait,
      ]);
  }
  // 3''. Anonymous answers traced back to people: « l'enquête est anonyme, mais tu peux retrouver qui sont ces
  // répondants ? », "match the anonymous survey to member numbers", "work out who wrote…". Not a check that
  // nobody can be (« vérifie qu'on ne peut pas… », "could anyone be re-identified?").
  const anonymousIn = new Set<number>();
  for (const m of marks.get("anonymous") as Mark[])
    if (/^anonym/.test((words[m.from] as Word).text)) anonymousIn.add(group(m.from));
  if (anonymousIn.size > 0)
    for (let k = 0; k < words.length; k++) {
      const text = (words[k] as Word).text;
      const g = group(k);
      if (!anonymousIn.has(g) && !anonymousIn.has(g - 1)) continue;
      const trace =
        /^(?:retrouver|retrouve|retrouvez|identifier|identifie|identifiez|reidentifier|desanonymiser|reidentify|deanonymise|deanonymize|unmask|identify|recognise|recognize|reconnaitre|match|matcher|rapprocher|rapproche)$/.test(
          text,
        ) ||
        (text === "identify" && words[k - 1]?.text === "re") ||
        (/^(?:work|figure|find)$/.test(text) && words[k + 1]?.text === "out");
      if (!trace) continue;
      const m: Mark = { role: "select", from: k, to: k + 1 };
      if (negated(m, 4) || explainedIn.has(g)) continue;
      let risk = false;
      for (let j = Math.max(0, k - 6); j < k; j++)
        if (
          group(j) === g &&
          (is("audit", j) ||
            MODALS.has((words[j] as Word).text) ||
            /^(?:possible|risk|risque)$/.test((words[j] as Word).text))
        )
          risk = true;
      if (risk && !questionIn.has(g)) continue;
      if (risk && questionIn.has(g) && !/^(?:tu|you)$/.test(words[k - 2]?.text ?? words[k - 1]?.text ?? ""))
        continue;
      let whom = -1;
      for (let j = k + 1; j < Math.min(words.length, k + 7) && group(j) <= g + 1; j++)
        if (
          isPeople(j) ||
          /^(?:qui|who|which|lesquels|lesquelles|noms|names|numeros|numbers|identites|identities|identity|identite)$/.test(
            (words[j] as Word).text,
          )
        ) {
          whom = j;
          break;
        }
      if (whom >= 0)
        report("sensitive_targeting", g, [
          spanOf(words, m),
          spanOf(words, { role: "people", from: whom, to: whom + 1 }),
        ]);
    }
  // 3a. A hire defined by a trait the person must not have, or by youth: « des profils jeunes et sans
  // contraintes familiales », "ideally under 35, no health baggage". The absence is the requirement, so
  // « sans » does not set the trait aside here; asking nothing about it (« aucune question sur la santé »,
  // "don't ask about children") still does.
  // Each group is read once, from WINDOW words before its first hiring word to WINDOW after its last.
  const hiringSpan = new Map<number, { first: Mark; to: number }>();
  for (const m of marks.get("hiring") as Mark[]) {
    const span = hiringSpan.get(group(m.from));
    if (span) span.to = m.to;
    else hiringSpan.set(group(m.from), { first: m, to: m.to });
  }
  for (const [g, { first: m, to }] of hiringSpan) {
    if (legitIn.has(g) || spoiled(g) || ownRequestIn.has(g) || forAll(g)) continue;
    let found: Span | null = null;
    const from = Math.max(firstOfGroup(g), m.from - WINDOW);
    for (let k = from; k < Math.min(words.length, to + WINDOW) && group(k) === g && !found; k++) {
      const text = (words[k] as Word).text;
      const next = words[k + 1]?.group === g ? (words[k + 1] as Word).text : "";
      // Youth: « jeunes », "young", "under 35", « moins de 35 ans »; not « jeunes diplômés », "young graduates".
      if (
        /^(?:jeune|jeunes|young|younger|youthful)$/.test(text) &&
        !/^(?:diplome|diplomes|diplomee|diplomees|graduate|graduates)$/.test(next) &&
        // "our young and dynamic team", « une équipe jeune »: the team's, not the hire's.
        !/\b(?:team|teams|equipe|equipes|company|entreprise|structure|startup|start|service|ambiance|atmosphere)\b/.test(
          `${words[k - 1]?.text ?? ""} ${words[k - 2]?.text ?? ""} ${next} ${words[k + 2]?.text ?? ""} ${words[k + 3]?.text ?? ""}`,
        )
      ) {
        found = spanOf(words, { role: "sensitive", from: k, to: k + 1 });
        break;
      }
      // "under 35", « moins de 35 ans »: the number, then « ans » in French.
      const n = text === "moins" && next === "de" ? k + 2 : k + 1;
      const number = words[n]?.group === g ? (words[n] as Word).text : "";
      const age = Number(number);
      const years = words[n + 1]?.group === g && /^(?:ans|years?|yo)$/.test((words[n + 1] as Word).text);
      if (
        /^(?:under|below|moins)$/.test(text) &&
        /^\d+$/.test(number) &&
        age >= 18 &&
        age < 46 &&
        (text !== "moins" || years)
      ) {
        found = spanOf(words, { role: "sensitive", from: k, to: n + 1 });
        break;
      }
      if (!/^(?:sans|without|no|aucun|aucune|pas)$/.test(text)) continue;
      // « aucune question sur la santé », "without asking about", "no mention of": nothing asked about it.
      let asking = false;
      for (let j = Math.max(0, k - 4); j <= k + 3 && j < words.length; j++)
        if (
          group(j) === g &&
          (is("usage", j) ||
            is("probe", j) ||
            /^(?:question|questions|ask|asking|asked|poser|pose|demander|mention|allusion|reference|discrimination|distinction|condition)$/.test(
              (words[j] as Word).text,
            ))
        )
          asking = true;
      if (asking) continue;
      for (let j = k + 1; j <= k + 3 && j < words.length && group(j) === g; j++) {
        const t = traitStart.get(j);
        if (t && !is("care", j)) {
          found = spanOf(words, t);
          break;
        }
      }
    }
    if (found) report("sensitive_targeting", g, [spanOf(words, m), found]);
  }
  // 3b. A hiring question that probes a trait: « savoir, l'air de rien, si la candidate a des projets de
  // grossesse », "find out whether the applicant has a mental illness".
  const hiringIn = new Set<number>();
  for (const m of marks.get("hiring") as Mark[]) hiringIn.add(group(m.from));
  for (const m of marks.get("probe") as Mark[]) {
    const g = group(m.from);
    if (!hiringIn.has(g) || !asked(m) || legitIn.has(g)) continue;
    // "new hires can tell us, if they wish": the person tells, nobody probes.
    if (/^(?:us|me|nous|moi)$/.test(words[m.to]?.text ?? "")) continue;
    // « faire savoir si », "let him know whether": telling, not probing.
    const lead = words[m.from - 1];
    if (lead && lead.group === g && /^(?:faire|fais|faites|fait|let)$/.test(lead.text)) continue;
    let whether = -1;
    for (let k = m.to; k < Math.min(words.length, m.to + 8) && group(k) === g; k++)
      if (/^(?:si|s|whether|if|which|quels|quelles|lesquels|lesquelles)$/.test((words[k] as Word).text)) {
        whether = k;
        break;
      }
    if (whether < 0) continue;
    for (const role of ["sensitive", "sensitivePerson"] as const)
      for (const t of marks.get(role) as Mark[])
        if (
          group(t.from) === g &&
          t.from > whether &&
          t.from <= whether + 12 &&
          !is("care", t.from) &&
          !setAside(t)
        )
          report("sensitive_targeting", g, [spanOf(words, m), spanOf(words, t)]);
  }
  // 3c. People's social media searched for a trait when hiring or managing them: « vérifie sur les réseaux
  // sociaux la religion des candidats », "check applicants' social media for union activity". Not when
  // the search is forbidden (« ne consultez pas… »), explained, or for their benefit.
  for (const m of marks.get("lookup") as Mark[]) {
    const g = group(m.from);
    if (!asked(m) || negated(m, 8) || !peopleInGroup.has(g) || spoiled(g) || legitIn.has(g)) continue;
    const trait = traitNear(g, m.from, false);
    if (trait) report("sensitive_targeting", g, [spanOf(words, m), trait]);
  }
  // 3d. An adverse act in a table whose column holds a trait: « colonne « à pousser vers la sortie » si plus
  // de 90 j d'arrêt », "a 'manage out' flag for anyone over 90 days off sick".
  for (const m of adverse) {
    const g = group(m.from);
    // People are named in the table (« par salarié »): a row left out of an import names no one.
    if (!columnIn.has(g) || !tiedTraitIn.has(g) || !peopleInGroup.has(g)) continue;
    if (spoiled(g) || legitIn.has(g) || ownRequestIn.has(g)) continue;
    const lead = (words[m.from] as Word).text;
    if (m.to === m.from + 1 && ADVERSE_NOUNS.has(lead)) continue;
    const trait = traitNear(g, m.from, false);
    if (trait) report("sensitive_targeting", g, [spanOf(words, m), trait]);
  }
  // 4. A claim decided by the model alone.
  const claimIn = new Map<number, Mark>();
  for (const m of marks.get("claim") as Mark[])
    if (!claimIn.has(group(m.from))) claimIn.set(group(m.from), m);
  const aloneIn = new Map<number, Mark>();
  for (const m of marks.get("alone") as Mark[])
    if (!aloneIn.has(group(m.from))) aloneIn.set(group(m.from), m);
  const reviewed = new Set<number>();
  for (const m of marks.get("humanReview") as Mark[]) reviewed.add(group(m.from));
  for (const m of marks.get("decide") as Mark[]) {
    const g = group(m.from);
    const claim = claimIn.get(g);
    if (!claim || negated(m) || (m.from > 0 && is("pastFact", m.from - 1) && group(m.from - 1) === g))
      continue;
    // A person reviews or signs: the model only prepares (« je le relirai », "signed by the handler").
    if (reviewed.has(g)) continue;
    // « le courrier de décision » is a document; « prends la décision » is the decision.
    if (DECISION_NOUNS.has((words[m.from] as Word).text) && !before("decisionLead", m.from, 3)) continue;
    // "mark it paid or denied; your answer goes straight to payment": the next clause says no one checks.
    let alone = aloneIn.get(g) ?? (reviewed.has(g + 1) ? undefined : aloneIn.get(g + 1));
    // « prends la décision finale », "make the final decision": the last word is the model's.
    if (!alone && before("decisionLead", m.from, 3) && (before("final", m.from, 2) || is("final", m.to)))
      alone = m;
    if (alone)
      report("automated_decision", g, [spanOf(words, m), spanOf(words, claim), spanOf(words, alone)]);
  }
  return findings.sort((a, b) => a.start - b.start);
}

function spanOf(words: Word[], m: Mark): Span {
  return { start: (words[m.from] as Word).start, end: (words[m.to - 1] as Word).end };
}

/** The coaching for each kind of harmful use, before the charter's own words. */
const HARM_TIPS: Record<HarmKind, Localized> = {
  sensitive_targeting: {
    fr: "Cette consigne utilise une information sensible (santé, handicap, grossesse, âge, origine, religion, appartenance syndicale, situation financière…) pour cibler, classer, écarter ou pénaliser des personnes\u00a0: c’est exclu, quelle que soit la formulation. Travaillez sur la situation ou sur des chiffres agrégés, jamais sur un tri des personnes.",
    en: "This prompt uses sensitive information (health, disability, pregnancy, age, origin, religion, union membership, financial situation…) to target, rank, exclude or penalise people: that is ruled out, however it is worded. Work on the situation or on aggregated figures, never on sorting people.",
  },
  automated_decision: {
    fr: "Cette consigne laisse l’IA décider seule d’un dossier d’adhérent. L’IA peut préparer l’analyse et les arguments\u00a0; la décision revient à un gestionnaire.",
    en: "This prompt leaves the decision on a member’s claim to the AI alone. The AI can prepare the analysis and the arguments; a claims handler makes the decision.",
  },
};

/** Words that make a charter sentence the one to quote, by kind of harm (accents folded). */
const CHARTER_CUES: Record<HarmKind, RegExp> = {
  sensitive_targeting:
    /\b(?:sante|health|sensible|sensitive|identifiable|personne|person|discrimin\w*|adherent|member|collegue|colleague|donnees? personnelles?|personal data)\b/g,
  automated_decision:
    /\b(?:verifi\w*|check\w*|reli\w*|reread|decision\w*|decide\w*|humain|human|responsabilite|responsibility|sign\w*|tromper|wrong|relisez)\b/g,
};

const QUOTE_LIMIT = 240;

/** The charter sentence that speaks most to this harm, in each language (null: no sentence does). */
export function charterQuote(charter: Charter, kind: HarmKind): Localized | null {
  const pick = (lang: Lang): string | null => {
    let best: string | null = null;
    let bestHits = 0;
    for (const section of charter.sections) {
      // No lookbehind in patterns: older Safari (Office on Mac) lacks it.
      for (const sentence of section.body[lang].match(/[^.!?]+[.!?]*/g) ?? []) {
        const hits = foldAccents(sentence).match(CHARTER_CUES[kind])?.length ?? 0;
        if (hits > bestHits) {
          best = sentence.trim();
          bestHits = hits;
        }
      }
    }
    if (best === null) return null;
    return best.length <= QUOTE_LIMIT ? best : `${best.slice(0, best.lastIndexOf(" ", QUOTE_LIMIT))}…`;
  };
  const fr = pick("fr");
  const en = pick("en");
  return fr !== null && en !== null ? { fr, en } : null;
}

/**
 * What the learner reads when the prompt is harmful: why, what to do instead, and the tenant's
 * charter in its own words (its title when no sentence fits).
 */
export function harmCoaching(findings: readonly HarmFinding[], charter?: Charter): Localized {
  const kind: HarmKind = findings.some((f) => f.kind === "sensitive_targeting")
    ? "sensitive_targeting"
    : "automated_decision";
  const tip = HARM_TIPS[kind];
  if (!charter) return tip;
  const quote = charterQuote(charter, kind);
  if (quote === null) {
    return {
      fr: `${tip.fr} Relisez votre charte\u00a0: «\u00a0${charter.title.fr}\u00a0».`,
      en: `${tip.en} Reread your charter: “${charter.title.en}”.`,
    };
  }
  return {
    fr: `${tip.fr} Votre charte\u00a0: «\u00a0${quote.fr}\u00a0»`,
    en: `${tip.en} Your charter: “${quote.en}”`,
  };
}
