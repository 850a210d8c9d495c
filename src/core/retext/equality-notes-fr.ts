/**
 * The notes of retext-equality (7.1.0) in French, by their English text without its source: the
 * inclusive-language check gives them to a French interface. A test holds this list to the installed plugin.
 */
export const EQUALITY_NOTES_FR: Readonly<Record<string, string>> = {
  'Can imply that people with disabilities lack the ability to use their bodies well. Sometimes `typical` can be used.':
    'Peut laisser entendre que les personnes handicapées ne savent pas bien se servir de leur corps. On peut parfois employer «\u00A0typical\u00A0».',
  'Addiction is a neurobiological disease.': 'L’addiction est une maladie neurobiologique.',
  'Alcoholism is a neurobiological disease.': 'L’alcoolisme est une maladie neurobiologique.',
  'Refer to the person, rather than the condition, first.': 'Nommez d’abord la personne, plutôt que son état.',
  'It’s probably not that basic. If you’re going to explain a confusing previous sentence with a clearer next sentence, why not drop the former and only use the latter?':
    'Ce n’est sans doute pas si élémentaire. Si vous expliquez une phrase confuse par une phrase plus claire, pourquoi ne pas supprimer la première et garder seulement la seconde\u00A0?',
  'A term created and used by far-right extremists to oppose nondiscrimination laws that protect transgender people':
    'Terme créé et employé par l’extrême droite pour combattre les lois contre les discriminations qui protègent les personnes transgenres',
  'Avoid using slang shorthand': 'Évitez les abréviations argotiques',
  'Binge might be insensitive towards folks with eating or drinking disorders':
    '«\u00A0Binge\u00A0» peut blesser les personnes qui souffrent de troubles alimentaires ou d’une dépendance à l’alcool',
  'Only use terms describing mental illness when referring to a professionally diagnosed medical condition.':
    'N’employez les termes de maladie mentale que pour parler d’un trouble diagnostiqué par un professionnel de santé.',
  'Assumes/implies that a person with a disability is deficient or inferior to others. When possible, specify the functional ability or its restriction.':
    'Suppose ou laisse entendre qu’une personne handicapée est déficiente ou inférieure aux autres. Quand c’est possible, précisez la capacité fonctionnelle ou sa limitation.',
  'Replace racially-charged language with more accurate and inclusive words':
    'Remplacez les termes à connotation raciale par des mots plus justes et plus inclusifs',
  'Assigned birth gender is complicated; gender identity is more than what your parents decided you were at birth':
    'Le genre assigné à la naissance est une notion complexe\u00A0; l’identité de genre va au-delà de ce que vos parents ont décidé à votre naissance',
  'Avoid using `bugreport`, as the word `bugre` is a slur in Brazilian Portuguese':
    'Évitez «\u00A0bugreport\u00A0»\u00A0: le mot «\u00A0bugre\u00A0» est une insulte en portugais du Brésil',
  'If it’s self-evident then maybe you don’t need to describe it. If it isn’t, don’t say it.':
    'Si c’est évident, inutile peut-être de le décrire. Si ça ne l’est pas, ne dites pas que ça l’est.',
  'Committing suicide is not successful/unsuccessful, that sends the wrong message':
    'Un suicide n’est ni «\u00A0réussi\u00A0» ni «\u00A0raté\u00A0»\u00A0: ces mots envoient le mauvais message',
  'Dumb here is used in 2 different contexts , the inability to talk or as a curse word.':
    '«\u00A0Dumb\u00A0» a ici deux sens\u00A0: l’incapacité de parler, ou une insulte.',
  'Dummy can refer to the inability to talk or be used as a derogatory word meaning stupid. In computer programming it is used where a value or behavior is unimportant. There are better alternatives for other use cases also.':
    '«\u00A0Dummy\u00A0» peut désigner l’incapacité de parler, ou servir d’insulte au sens de «\u00A0stupide\u00A0». En programmation, il désigne une valeur ou un comportement sans importance. Pour les autres usages aussi, il existe de meilleurs mots.',
  'It’s probably not that easy. Even if it is, you probably don’t need to specifically say it.':
    'Ce n’est sans doute pas si facile. Et même si ça l’est, inutile sans doute de le préciser.',
  'Derogatory terms for LGBTQ+ people are offensive':
    'Les termes péjoratifs qui désignent les personnes LGBTQ+ sont offensants',
  'Attempted suicide should not be depicted as a failure':
    'Une tentative de suicide ne doit pas être présentée comme un échec',
  'Used by anti-LGBTQ+ extremists to create a climate of fear around LGBTQ+ issues':
    'Employé par des extrémistes anti-LGBTQ+ pour créer un climat de peur autour des questions LGBTQ+',
  'Implies that being LGBTQ+ is a choice': 'Laisse entendre qu’être LGBTQ+ est un choix',
  'LGBTQ+ rights are human rights': 'Les droits des personnes LGBTQ+ sont des droits humains',
  "Preferred pronoun sounds like it is optional to use someone's correct pronoun":
    '«\u00A0Preferred pronoun\u00A0» laisse croire qu’employer le bon pronom d’une personne est facultatif',
  'Refer to the specific disability.': 'Nommez le handicap précis.',
  'Avoid using phrases referring to racist United States “Jim Crow” laws.':
    'Évitez les expressions qui renvoient aux lois racistes «\u00A0Jim Crow\u00A0» des États-Unis.',
  'Gypsy is insensitive, use Roma or Romani. They’re not Egyptian as the name suggests.':
    '«\u00A0Gypsy\u00A0» est blessant\u00A0: employez «\u00A0Roma\u00A0» ou «\u00A0Romani\u00A0». Ces peuples ne sont pas égyptiens, contrairement à ce que suggère le mot.',
  'Refer to the person, rather than the disability, first.': 'Nommez d’abord la personne, plutôt que son handicap.',
  'When describing the behavior of computer software, using the word “hanged” needlessly invokes the topic of death by self-harm or lynching.  Consider using the word “froze” or the phrase “stopped responding to events” or “became unresponsive” instead.':
    'Pour décrire le comportement d’un logiciel, le mot «\u00A0hanged\u00A0» évoque inutilement la mort par pendaison, suicide ou lynchage. Employez plutôt le mot «\u00A0froze\u00A0» ou les expressions «\u00A0stopped responding to events\u00A0» ou «\u00A0became unresponsive\u00A0».',
  "Sometimes it's cleft lip or palate, not both. Specify when possible.":
    'Il s’agit parfois d’une fente labiale ou d’une fente palatine, pas des deux. Précisez quand c’est possible.',
  'When possible, ask the person what they prefer.': 'Quand c’est possible, demandez à la personne ce qu’elle préfère.',
  'These terms are stigmatizing to patients and their families because intersex status is more complicated than the mere presence or absence of certain gonadal tissues':
    'Ces termes stigmatisent les patients et leurs familles, car l’intersexuation est plus complexe que la simple présence ou absence de certains tissus gonadiques',
  'This word dehumanizes transgender people': 'Ce mot déshumanise les personnes transgenres',
  'This term has a clinical history and is used to imply LGBTQ+ people are diseased or psychologically/emotionally disordered':
    'Ce terme a un passé clinique et sert à laisser entendre que les personnes LGBTQ+ sont malades ou souffrent de troubles psychologiques ou affectifs',
  'Avoid labeling something as LGBTQ+ unless you would call the same thing “straight”':
    'N’étiquetez pas une chose comme LGBTQ+ si vous ne qualifieriez pas la même chose d’«\u00A0hétéro\u00A0»',
  'Homosexual has a clinical history and is used to imply LGBTQ+ people are diseased or psychologically/emotionally disordered':
    '«\u00A0Homosexual\u00A0» a un passé clinique et sert à laisser entendre que les personnes LGBTQ+ sont malades ou souffrent de troubles psychologiques ou affectifs',
  'Avoid using phrases referring to the genocidal United States “Indian Removal” laws.':
    'Évitez les expressions qui renvoient aux lois génocidaires «\u00A0Indian Removal\u00A0» des États-Unis.',
  'Avoid using phrases referring to colonial stereotypes regarding Native Americans.':
    'Évitez les expressions qui renvoient aux stéréotypes coloniaux sur les Amérindiens.',
  'Describe the behavior or illness without derogatory words.':
    'Décrivez le comportement ou la maladie sans mots péjoratifs.',
  'Assumes that a person with an intellectual disability has a reduced quality of life.':
    'Suppose qu’une personne ayant une déficience intellectuelle a une moins bonne qualité de vie.',
  'Not everything is as easy as you might think. And if it isn’t easy for the reader, it can hurt.':
    'Tout n’est pas aussi facile qu’on le croit. Et si ce n’est pas facile pour qui vous lit, le mot peut blesser.',
  'Whenever possible, try to be gender inclusive.':
    'Dès que possible, choisissez des mots qui incluent tous les genres.',
  'Avoid using phrases that implicitly mock people with limited knowledge of the English language.':
    'Évitez les expressions qui se moquent implicitement des personnes qui maîtrisent mal l’anglais.',
  'Avoid using terms that implies colonialism/genocide against Indigenous peoples':
    'Évitez les termes qui évoquent la colonisation ou le génocide des peuples autochtones',
  'Assumes a person with schizophrenia experiences a reduced quality of life.':
    'Suppose qu’une personne atteinte de schizophrénie a une moins bonne qualité de vie.',
  'Using gender neutral language means users will help to break up gender stereotypes.':
    'Un langage neutre quant au genre aide à briser les stéréotypes de genre.',
  'Avoid using the term `master`; these suggestions are for the computer term, but there are better alternatives for other cases too':
    'Évitez le terme «\u00A0master\u00A0»\u00A0; ces suggestions valent pour le terme informatique, mais il existe aussi de meilleurs mots dans les autres cas',
  'Avoid using phrases referring to colonial stereotypes regarding indigenous peoples.':
    'Évitez les expressions qui renvoient aux stéréotypes coloniaux sur les peuples autochtones.',
  'Not everything is as obvious as you might think. And if it isn’t obvious to the reader, it can hurt.':
    'Tout n’est pas aussi évident qu’on le croit. Et si ce n’est pas évident pour qui vous lit, le mot peut blesser.',
  'Avoid casually using this term, which refers to traditional indigenous celebration ceremonies that were banned by genocidal laws in the United States and Canada — Native people died fighting for this right.':
    'N’employez pas ce terme à la légère\u00A0: il désigne des cérémonies autochtones traditionnelles interdites par des lois génocidaires aux États-Unis et au Canada — des Autochtones sont morts en luttant pour ce droit.',
  'Avoid using terms that relate to gun violence.': 'Évitez les termes liés à la violence par arme à feu.',
  'When describing a mathematical or programmatic value, using the word “sane” needlessly invokes the topic of mental health.  Consider using a domain-specific or neutral term instead.':
    'Pour décrire une valeur mathématique ou informatique, le mot «\u00A0sane\u00A0» évoque inutilement la santé mentale. Employez plutôt un terme propre au domaine, ou un terme neutre.',
  'When describing a mathematical or programmatic value, using the phrase “sanity check” needlessly invokes the topic of mental health.  Consider using simply “check”, or a domain-specific or neutral term, instead.':
    'Pour décrire une valeur mathématique ou informatique, l’expression «\u00A0sanity check\u00A0» évoque inutilement la santé mentale. Employez plutôt simplement «\u00A0check\u00A0», ou un terme propre au domaine, ou un terme neutre.',
  'Avoid using terms that imply a group has not changed over time and that they are inferior':
    'Évitez les termes qui laissent entendre qu’un groupe n’a pas évolué avec le temps et qu’il est inférieur',
  'Shift focus away from the assigned sex and towards the identified gender':
    'Mettez l’accent sur le genre auquel la personne s’identifie, plutôt que sur le sexe assigné',
  'Avoid overemphasizing surgery when discussing transgender people or the process of transition - it’s not a necessary component':
    'N’insistez pas sur la chirurgie quand vous parlez des personnes transgenres ou de la transition\u00A0: elle n’en est pas une étape obligée',
  'It’s probably not that simple. Even if it is, you probably don’t need to specifically say it.':
    'Ce n’est sans doute pas si simple. Et même si ça l’est, inutile sans doute de le préciser.',
  'Avoid using the term `slave`; these suggestions are for the computer term, but there are better alternatives for other cases too':
    'Évitez le terme «\u00A0slave\u00A0»\u00A0; ces suggestions valent pour le terme informatique, mais il existe aussi de meilleurs mots dans les autres cas',
  'Avoid using terms that make some groups sound inferior. Replace “sophisticated” with a neutral term such as “complex”':
    'Évitez les termes qui font paraître certains groupes inférieurs. Remplacez «\u00A0sophisticated\u00A0» par un terme neutre comme «\u00A0complex\u00A0»',
  'Euphemisms for disabilities can be infantilizing.':
    'Les euphémismes pour parler du handicap peuvent être infantilisants.',
  'When possible, use the exact discipline of sport.': 'Quand c’est possible, nommez la discipline sportive exacte.',
  'It’s probably not that straight forward. Even if it is, you probably don’t need to specifically say it.':
    'Ce n’est sans doute pas si immédiat. Et même si ça l’est, inutile sans doute de le préciser.',
  'Assumes that a person with a disability has a reduced quality of life.':
    'Suppose qu’une personne handicapée a une moins bonne qualité de vie.',
  "Refer to a person's condition as a state, not as an affliction.":
    'Présentez la condition d’une personne comme un état, non comme un malheur qui la frappe.',
  'Using sensational words can cause copycat suicides or contagion':
    'Les mots sensationnalistes peuvent provoquer des suicides par imitation ou par contagion',
  'Avoid using terms that oversimplify the complex and varied beliefs of indigenous religions.':
    'Évitez les termes qui simplifient à l’excès les croyances complexes et variées des religions autochtones.',
  'Transgender is already an adjective': '«\u00A0Transgender\u00A0» est déjà un adjectif',
  'This is a term used by anti-transgender activists to dehumanize transgender people and reduce who they are to a condition':
    'Ce terme est employé par des militants anti-trans pour déshumaniser les personnes transgenres et les réduire à une pathologie',
  'Transgender should be used as an adjective, not as a noun':
    '«\u00A0Transgender\u00A0» s’emploie comme adjectif, pas comme nom',
  'Avoid using outdated / offensive terms': 'Évitez les termes désuets ou offensants',
  'Avoid using terms that make some groups sound inferior':
    'Évitez les termes qui font paraître certains groupes inférieurs',
};
