"""Word lists the extractors use. Data only: extend a list here, not the code that reads it."""

# Reporting verbs, per language, in the forms news writing uses. Multi-word forms are allowed.
REPORTING_VERBS = {
    "en": """
        said says say saying told tells tell stated states added adds asked asks explained
        explains noted notes argued argues claimed claims warned warns wrote writes tweeted
        tweets posted posts insisted insists declared declares acknowledged acknowledges
        recalled recalls urged urges replied replies continued continues conceded concedes
        admitted admits countered counters cautioned cautions predicted predicts promised
        promises pledged pledges recounted recounts emphasized emphasised emphasizes
        emphasises stressed stresses answered answers responded responds remarked remarks
        observed observes announced announces confirmed confirms denied denies suggested
        suggests contended contends maintained maintains agreed agrees disagreed complained
        complains lamented laments boasted boasts joked jokes shouted shouts yelled whispered
        testified testifies reported reports wondered wonders mused muses quipped quips
        vowed vows affirmed affirms described describes asserted asserts
        concluded concludes began begins texted emailed retorted retorts scoffed scoffs
        sighed sighs laughed laughs pleaded pleads protested protests reiterated reiterates
        clarified clarifies objected objects marveled marvelled marvels summed interjected
        shot says mentioned mentions conceded replying adding telling alleged alleges informed informs
        assured assures disclosed discloses revealed reveals hinted hints signalled signaled signals
    """.split(),
    "de": """
        sagte sagt sagten erklärte erklärt erklärten betonte betont betonten meinte meint
        fügte ergänzte ergänzt warnte warnt sprach schrieb schreibt kritisierte kritisiert
        teilte bestätigte bestätigt forderte fordert versprach verspricht räumte
        behauptete behauptet antwortete antwortet so mahnte mahnt bekräftigte unterstrich
        resümierte verteidigte widersprach entgegnete erwiderte klagte beklagte lobte sagten
        meinten erklärten räumte kündigte fragte fragt schilderte berichtete erzählte
        ergänzte befand urteilte sagt meint verwies verweist erläuterte erläutert versicherte
        versichert beteuerte beteuert kommentierte kommentiert bilanzierte appellierte erzählt
        berichtet schildert räumt fügt teilt mitteilte mitteilten
    """.split(),
    "fr": """
        déclaré dit affirmé expliqué ajouté souligné estimé indiqué précisé assuré annoncé
        répondu insisté reconnu averti prévenu confié lancé martelé rappelé déclare dit
        affirme explique ajoute souligne estime indique précise assure selon ironisé regretté
        dénoncé tranché résumé commenté admis avoué glissé observé noté relevé concédé promis
        protesté plaidé déploré salué conclu renchéri nuancé soupiré raconté témoigné fustigé
        critiqué jugé réagi assuré annoncé poursuivi rétorqué objecté avancé écrit lâché
        confirmé démenti confie raconte lance glisse résume regrette déplore prévient
        reconnaît avoue insiste note observe poursuit rappelle tranche soupire ironise
        martèle commente détaille détaillé conclut répond réplique répliqué dénonce souffle
        soufflé indigné indignée félicité félicitée emporté emportée étonné étonnée inquiété
        inquiétée agacé agacée exclamé exclamée insurgé insurgée défendu défendue soutient soutenu
    """.split(),
}

# Verbs that take a quoted fragment as the complement of their object: "Lucero called the
# operation “too scattershot”", "Vogelsang nannte die Schließung „bitter“", "accused the city
# of “cooking the books”". The quote is the subject's words, however short.
FRAGMENT_VERBS = {
    "en": """
        called calls call calling described describes describing termed terms branded
        dismissed denounced slammed criticized criticised praised hailed accused accuses
        blasted decried characterized characterised labelled labeled defended defends compared
        compares likened portrayed touted framed blamed blames
    """.split(),
    "de": ["nannte", "nennt", "bezeichnete", "bezeichnet", "zeigte sich", "zeigt sich", "gab sich",
           "sprach von", "spricht von", "warf"],
    "fr": ["qualifié", "qualifie", "qualifiait", "parlé de", "parle de", "évoqué", "évoque", "s’est dite", "s'est dite",
           "s’est dit", "s'est dit", "se dit", "se dite"],
}

# Verbs that introduce reported (indirect) speech when followed by "that".
PARAPHRASE_VERBS = (set(REPORTING_VERBS["en"]) | set(REPORTING_VERBS["de"]) | set(REPORTING_VERBS["fr"])) - {"so", "selon"}

# Phrases that attribute without a verb: "according to X", "selon X".
ATTRIBUTION_PREPOSITIONS = ["according to", "selon", "d’après", "d'après", "laut", "zufolge", "nach angaben"]

# Nouns naming a work, a headline, a named group or a place of business: a quotation starting with
# a capital right after one is its title ("the novel “Lanterns Over Bracken”", "headlines such
# as „Angst in der Altstadt“"), not speech. German nouns also end compounds ("Sicherheitsbericht"),
# so none that ends common words ("Reaktion", "Mitglied") is listed.
# Containers of speech (statement, letter, post, interview) are left out.
TITLE_NOUNS = {
    "en": """
        article headline headlines story column editorial essay novel book memoir biography film
        movie documentary album single song track record play musical opera series sitcom show
        podcast episode report study poem painting exhibit exhibition campaign initiative slogan
        motto hashtag operation programme brand restaurant bar cafe café pub diner hotel
    """.split(),
    "de": """
        artikel überschrift schlagzeile schlagzeilen kolumne roman buch film serie album
        bericht studie gutachten titel motto slogan kampagne initiative verein gasthof
        gasthaus hotel restaurant kneipe programm projekt sendung
    """.split(),
    "fr": """
        article titre roman livre film feuilleton série album chanson pièce spectacle rapport
        étude émission documentaire opération collectif slogan campagne restaurant hôtel
    """.split(),
}
# Words that may stand between such a noun and the title: "headlines such as „…“".
TITLE_LINKS = ["such as", "like", "wie", "comme"]

# Words used as titles before a name; removed to reach the person.
TITLES = """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister
    constable councilmember councilperson assemblyperson selectman selectwoman
    president vice chairman chairwoman chair chairperson ceo cfo coo director secretary
    minister premier governor gov lieutenant lt sen senator rep representative congressman
    congresswoman councilman councilwoman councillor councilor member mayor
    commissioner judge justice attorney general gen col colonel maj major capt captain
    sgt sergeant officer detective det chief superintendent inspector deputy sheriff
    ambassador spokesman spokeswoman spokesperson spokesman assemblyman
    assemblywoman assemblymember speaker leader treasurer comptroller administrator
    manager superintendent chancellor provost dean principal coach bishop pastor rabbi imam
    king queen prince princess pope delegate trustee alderman alderwoman supervisor
    executive founder owner head agent trooper marshal warden pilot nurse doctor
    commander foreman organizer organiser treasurer secretary-treasurer analyst economist
    lawyer attorney activist resident worker operator firefighter professor researcher
    assessor prosecutor auditor clerk co-author author cllr councillor economist strategist
    historian scientist engineer planner inspector controller registrar coroner examiner
    ombudsman chancellor regent physician surgeon paramedic dispatcher technician
    coordinator consultant adviser advisor counsel solicitor barrister magistrate
    headteacher headmaster headmistress teacher librarian curator editor reporter
    correspondent columnist critic producer singer actor actress player striker midfielder
    goalkeeper defender quarterback pitcher forward guard centre center captain skipper
    manager owner landlord tenant farmer rancher fisherman shepherd baker chef butcher
    herr frau monsieur madame mme mlle m me maître landwirt landwirtin winzer winzerin
    wirt wirtin lehrer lehrerin pfarrer pfarrerin kommandant hauptmann
    bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin landrat landrätin
    minister ministerin präsident präsidentin polizeipräsident polizeipräsidentin
    stadtrat stadträtin gemeinderat gemeinderätin fraktionschef fraktionschefin
    geschäftsführer geschäftsführerin sprecher sprecherin vorsitzende vorsitzender
    direktor direktorin leiter leiterin chef chefin bauer bäuerin schafhalter
    cmdr cr meteorologist meteorologe meteorologin kämmerer kämmerin
    schafhalterin wildbiologe wildbiologin anwalt anwältin richter richterin
    professorin ärztin arzt abgeordnete abgeordneter senator senatorin kanzler kanzlerin
    maire adjoint adjointe préfet préfète ministre président présidente directeur
    directrice porte-parole avocat avocate juge député députée sénateur sénatrice
    conseiller conseillère secrétaire procureur procureure docteur professeur
    shopper commuter student retiree neighbor neighbour customer passenger patient veteran
    volunteer guitarist linguist columnist homeowner voter parent teenager
    schüler schülerin student studentin rentner rentnerin anwohner anwohnerin bewohner
    bewohnerin mitarbeiter mitarbeiterin biologe biologin verhandlungsführer
    verhandlungsführerin chefarzt chefärztin gewerkschafter gewerkschafterin unternehmer
    unternehmerin inhaber inhaberin gastwirt gastwirtin pfleger pflegerin
    habitant habitante étudiant étudiante retraité retraitée commerçant commerçante
    agriculteur agricultrice éleveur éleveuse boulanger boulangère
    sohn tochter ehemann ehefrau vater mutter bruder schwester enkel enkelin nichte neffe onkel tante
    schwager schwägerin cousine nièce neveu oncle mann
    fils fille mari épouse père mère frère sœur
    pensioner corporator grandmother grandfather grandma grandpa widow shopkeeper publican
    vicar midwife vet veterinarian dentist pharmacist plumber electrician builder mechanic
    trucker miner welder barista waitress bartender cashier gardener florist grocer broker
    banker investor entrepreneur businessman businesswoman landlady campaigner protester
    convenor convener caretaker janitor courier postman beekeeper winemaker vintner
    cyclist motorist climber survivor eyewitness grower crofter smallholder
    hon honourable honorable alhaji alhaja mallam otunba engr barr
    bäcker bäckerin metzger metzgerin metzgermeister fleischer fleischerin friseur friseurin
    handwerker schreiner tischler elektriker gärtner gärtnerin kellner kellnerin hausmeister
    busfahrer busfahrerin spediteur spediteurin händler händlerin makler maklerin imker
    imkerin förster försterin jäger jägerin schäfer schäferin rentnerin krankenschwester
    liftwart platzwart hauswart treuhänder treuhänderin landesrat landesrätin landeshauptmann
    landeshauptfrau gemeindepräsident gemeindepräsidentin schulpräsident schulpräsidentin obmann obfrau
    bourgmestre échevin échevine mairesse syndic syndique
    boucher bouchère vigneron vigneronne viticulteur viticultrice pêcheur artisan
    infirmier infirmière médecin pharmacien pharmacienne riverain riveraine élu élue chercheur chercheuse
    maraîcher maraîchère restaurateur restauratrice hôtelier hôtelière paysagiste
    chauffeur conducteur conductrice gendarme pompier
""".split()

# Forms of address before a name, which mark the words they open as a person's name.
HONORIFICS = "mr mrs ms miss mx dr prof sir dame herr frau m mme mlle monsieur madame".split()

# Titles written short, and the role each ties its bearer to ("Cllr Duncan Sinclair" is "the councillor").
TITLE_ABBREVIATIONS = {"cllr": "councillor", "cr": "councillor", "sen": "senator", "rep": "representative",
                       "gov": "governor", "det": "detective", "sgt": "sergeant", "lt": "lieutenant", "capt": "captain",
                       "supt": "superintendent", "insp": "inspector", "prof": "professor", "dr": "doctor"}

# Letters after a name that are not part of it: "Sir Peter Vane MP", "Cathal Brennan SC",
# "Rohan Bhattacharjee, IAS, told …".
POST_NOMINALS = """
    Jr Jr. Sr Sr. II III IV MP MEP MSP MLA MPP MHA TD QC KC SC BL OBE MBE CBE KBE DBE PhD
    IAS IPS IFS CPA Esq Esq.
""".split()


# Lower-case role nouns that can stand for a speaker ("the spokesman said").
ROLE_NOUNS = """
    member    author co-author chair assessor clerk auditor prosecutor lawyer counsel
    spokesman spokeswoman spokesperson official officials spokespeople representative
    officer official spokesman aide adviser advisor source sources resident residents
    witness witnesses lawyer attorney analyst economist expert researcher
    organizer organiser activist protester worker nurse teacher parent student owner
    manager director chief mayor governor senator minister secretary commissioner
    president chairman chairwoman chair judge prosecutor sheriff captain leader
    administrator superintendent agent driver neighbor neighbour farmer firefighter
    doctor scientist engineer economist trader banker executive founder coach player
    daughter son wife husband mother father sister brother widow widower partner niece nephew uncle aunt
    cousin grandson granddaughter
    employee staffer engineer passenger customer patient student voter shopper commuter retiree
    volunteer veteran
    sprecher sprecherin landrat landrätin bürgermeister bürgermeisterin geschäftsführer
    geschäftsführerin vorsitzende vorsitzender präsident präsidentin minister ministerin
    chef chefin porte-parole maire préfet préfète directeur directrice présidente ministre
    procureur procureure avocat avocate bourgmestre échevin échevine mairesse
""".split()

# Words before a name that tell a person's gender, so "he" never goes to "Ms Hume" nor "sie" to
# "Herr Weber". German feminine titles end in -in and are found from TITLES.
GENDERED_TITLES = {
    "m": """mr mister sir lord herr m monsieur spokesman chairman congressman councilman assemblyman
            alderman businessman father brother son husband king prince""".split(),
    "f": """mrs ms miss dame lady frau mme madame mlle spokeswoman chairwoman congresswoman
            councilwoman assemblywoman alderwoman businesswoman mother sister daughter wife queen
            princess directrice présidente avocate députée sénatrice conseillère procureure
            adjointe préfète""".split(),
}

# Common given names that tell a gender in English, German, French and Spanish news, so "he" never
# goes to "Ana Ruiz". Names given to both (Jean, Andrea, Kim, Alex, Sam, Jordan …) are left out.
GIVEN_NAMES = {
    "m": """
        james john robert michael william david richard joseph thomas charles christopher daniel
        matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
        ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
        scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry dean
        tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl
        keith roger gerald christian sean arthur austin noah lawrence jesse joe bryan
        billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent
        russell louis philip bobby johnny bradley luis carlos jose jorge miguel pedro diego
        manuel antonio francisco javier rafael fernando ricardo eduardo marco mario giovanni
        hans peter klaus jürgen wolfgang michael stefan thomas andreas frank markus matthias
        uwe dieter günter günther horst helmut werner manfred rolf bernd heinz karl otto
        florian tobias lukas felix maximilian jonas leon niklas sebastian tim
        pierre jacques michel philippe alain bernard françois nicolas olivier patrick laurent
        éric christophe sébastien julien thierry didier bruno hugo louis lucas antoine mathieu
        ahmed mohamed mohammed ali omar hassan ibrahim mustafa yusuf
        tom tommy jim jimmy bob bill mike dave steve dan danny ben tony nick matt rob ed ted
        greg jeff ron don ken harry andy pete rick phil doug fred luke mitch ray
    """.split(),
    "f": """
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
        betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
        deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna
        brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
        janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
        lauren joan evelyn judith megan cheryl martha hannah jacqueline frances gloria ann
        teresa kathryn sara janice julia grace judy theresa madison beverly denise marilyn
        amber danielle rose brittany diana abigail natalie jane lori alexis tiffany kayla
        ana carmen rosa lucia elena isabel sofia laura marta pilar dolores mercedes
        ursula ingrid helga gisela monika sabine petra claudia susanne birgit katrin
        julia lena lea hannah sophie marie katharina christina stefanie nicole anja silke
        françoise isabelle nathalie sylvie catherine valérie sandrine céline sophie camille
        chloé manon léa juliette élodie aurélie émilie claire anne hélène
        fatima aisha
        kate katie liz beth meg jen jenny sue annie sally molly lucy ellie maggie peggy nora
        eva eve alice iris ruby lily ella mia zoe ava isabella charlotte amelia clara greta
    """.split(),
}

# Documents that speak for whoever issued them: "a statement from the company" is the company.
SPEECH_DOCUMENTS = """
    statement letter email e-mail memo release report filing post tweet message note submission advisory
    mitteilung erklärung pressemitteilung stellungnahme schreiben brief communiqué lettre courrier déclaration
""".split()

# Words that may follow a quoted fragment in its sentence ("called the plan “a disaster” and
# vowed …", "“legal” under federal law"); any other lower-case word after a quote that follows
# a determiner makes the quote a modifier of that word: "the county’s “pay first” approach".
FUNCTION_WORDS = """
    and or but nor so yet in on at to for of with by from under over after before as than that
    which who whom whose when where while because if since until unless though although about
    into onto across against among between during without within through toward towards per
    is are was were be been has have had will would can could should may might must do does did
    not never also even only just still again he she it they we you i his her its their our
    this these those there here then now instead too either neither both all each every
    today yesterday tomorrow tonight again anyway ago later earlier overall already
    und oder aber in im am an auf aus bei mit nach von vom zu zum zur für über unter vor als wie
    der die das des den dem ein eine einer ist sind war hat haben sei er sie es nicht auch
    et ou mais en dans pour par sur sous avec sans chez entre le la les de du des un une est
    sont a ont il elle ils elles ne pas aussi comme que qui
""".split()

# Groups that speak without a name ("Critics called the bill …"): the phrase, never a person.
GROUP_NOUNS = """
    critics opponents supporters protesters demonstrators analysts experts observers residents
    officials witnesses sources employees workers staff students parents teachers nurses doctors
    passengers customers patients voters shoppers commuters retirees volunteers veterans farmers
    drivers kritiker gegner befürworter anwohner critiques opposants habitants
""".split()

# Words that mark a capitalised name as an organisation rather than a person.
ORGANISATION_WORDS = """
    department agency police office authority council union inc corp corporation company
    co ltd llc ministry commission service services association coalition committee
    bureau administration university college institute center centre foundation group
    party court board administration hospital district government city county state
    network bank fund trust alliance federation league society church school news times
    post press wire ledger courier herald tribune journal gazette transit airlines airline
    partners systems holdings media works railway railways network networks ministry
    division unit task force army navy guard capital research bank fund partners
    institute commission metropole métropole préfecture mairie ministère amt polizei
    verband verein stadt gemeinde regierung ministerium foods motors airways energy
    pharmaceuticals technologies labs studios records fc club athletic united
    régie fédération syndicat gendarmerie tribunal académie rectorat université hôpital
    clinique société entreprise klinik klinikum krankenhaus behörde landratsamt direction
    compagnie caisse conseil agence institut parquet verwaltung staatsanwaltschaft feuerwehr
    gewerkschaft partei konzern unternehmen firma chamber collaborative port utility utilities patrol
    enforcement protection diocese archdiocese plc gmbh ag kg sarl nv bv airport chambre kammer cabinet
    robotics agritech analytics industries enterprises ventures solutions logistics electronics software
    dynamics aerospace chemicals resources mining insurance telecom therapeutics biotech brewery breweries
    ferries coaches shipping freight securities hotels resorts properties realty
    ville commune municipalité autocars groupe rovers wanderers albion hotspur afc
""".split()

# German organisation nouns that end a compound name of one: "Verkehrsministerium", "Landesbehörde",
# "Sportverein" (so "das Ministerium" is the Verkehrsministerium named before).
COMPOUND_ORGANISATION_HEADS = """
    ministerium behörde verband verein gewerkschaft partei regierung verwaltung polizei feuerwehr
    klinikum krankenhaus gericht kammer präsidium direktion anstalt kasse stadtwerke
""".split()

_GERMAN_COMPANY = ["gmbh", "ag", "kg", "se", "konzern", "gruppe", "werke", "stadtwerke"]
# What else an organisation of a kind may be called in its name: "the hospital" is the
# "Mercy Vale Medical Center" an article named before.
ORGANISATION_KINDS = {
    "hospital": ["hospital", "medical center", "medical centre", "health", "clinic", "infirmary"],
    "krankenhaus": ["krankenhaus", "klinik", "klinikum", "spital"],
    "hôpital": ["hôpital", "hopital", "chu", "clinique", "centre hospitalier"],
    "company": ["inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group", "holdings", "gmbh", "ag", "utilities",
                "energy", "foods", "motors", "airlines", "airways", "technologies", "labs", "studios", "systems",
                "partners", "media", "works", "engineering", "coaches", "logistics", "pharmaceuticals", "robotics",
                "agritech", "analytics", "industries", "enterprises", "ventures", "solutions", "electronics",
                "software", "dynamics", "aerospace", "chemicals", "resources", "mining", "insurance", "telecom",
                "therapeutics", "biotech", "brewery", "breweries", "ferries", "shipping", "freight", "securities",
                "hotels", "resorts", "properties", "realty"],
    "firm": ["inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group", "holdings", "partners", "securities",
             "analytics", "solutions", "ventures", "capital"],
    # a sports club by the words its name is made of: "Harlow Rovers … the club said"
    "club": ["fc", "afc", "club", "united", "rovers", "athletic", "wanderers", "albion", "rangers", "hotspur"],
    # a business group: "Polaris ColdChain Holdings … the group said"
    "group": ["group", "holdings", "inc", "corp", "corporation", "ltd", "plc", "llc", "industries", "enterprises"],
    "university": ["university", "college"],
    "unternehmen": _GERMAN_COMPANY,
    "firma": _GERMAN_COMPANY,
    "konzern": ["ag", "se", "konzern", "gruppe"],
    "entreprise": ["sa", "sas", "sarl", "groupe", "autocars", "transports"],
    "société": ["sa", "sas", "sarl", "groupe"],
    "police": ["police", "sheriff", "constabulary"],
    "agency": ["agency", "authority", "department", "commission", "bureau", "administration", "service",
               "office", "board", "ministry"],
}

# Nouns for an organisation that may stand for the last one named whatever its name
# ("ICE … the agency said"), unless that one's name says it is of another kind. Not "company":
# companies go by bare names ("Tesla"), so the last name might be anyone's.
GENERIC_ORGANISATION_NOUNS = ["agency", "organization", "organisation", "group"]

# Last words that make a capitalised phrase a place, not a person ("Pier Street").
# (Words that are also common surnames, such as Park, Hall, Hill and Lane, are left out.)
PLACE_WORDS = """
    street st avenue ave road rd boulevard blvd drive way place court terrace parkway
    highway river creek fire flats springs mountain mountains valley bay island
    port harbor harbour center centre square bridge heights county city state
    station airport beach coast canyon ridge forest district village town
    bahnhof platz straße strasse gasse weg markt rathaus rue gare quai pont marché
""".split()

# German verb particles that end a clause after its subject: "fügte Vogt hinzu", "wies Albrecht
# zurück"; never part of a name.
VERB_PARTICLES = "hinzu zurück fest fort weg dazu entgegen hervor heraus herein voran vorbei zu an ab auf aus ein mit nach vor".split()

# Determiners before a role or an organisation ("the spokesman", "ein Sprecher", "la préfecture");
# the definite ones and possessives point at someone already known ("his daughter").
INDEFINITE_ARTICLES = "a an one another ein eine einen einem einer un une".split()
DEFINITE_ARTICLES = """
    the his her their its der die das den dem des sein seine ihr ihre le la les son sa ses leur l' l’
""".split()

PRONOUNS = {"he": "m", "she": "f", "they": None, "him": "m", "her": "f", "his": "m", "er": "m", "sie": None, "il": "m",
            "elle": "f", "lui": "m", "ihm": "m"}

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = """
    mr mrs ms dr prof sen rep gov lt gen col maj capt sgt det st jr sr inc corp ltd co
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc fr rev ft mt u.s a.m p.m
    d-ill r-texas approx est dept univ ave blvd rd hon adm cmdr supt atty insp mio mrd tsd bzw
""".split()

# Qualifiers before a number, longest first when matched; each with its normalised bound.
QUALIFIERS = {
    "more than": ">", "over": ">", "above": ">", "in excess of": ">", "upwards of": ">",
    "just over": ">", "just above": ">", "well over": ">", "exceeding": ">",
    "at least": ">=", "no fewer than": ">=", "no less than": ">=", "a minimum of": ">=",
    "nearly": "~", "almost": "~", "about": "~", "around": "~", "roughly": "~",
    "approximately": "~", "some": "~", "an estimated": "~", "estimated": "~",
    "close to": "~", "closer to": "~", "circa": "~", "just under": "<", "just below": "<",
    "fewer than": "<", "less than": "<", "under": "<", "below": "<",
    "up to": "<=", "as many as": "<=", "as much as": "<=", "at most": "<=",
    "no more than": "<=", "a maximum of": "<=",
    "as long as": "<=", "as high as": "<=", "as little as": ">=", "as few as": ">=",
    "as low as": ">=", "well above": ">", "well below": "<", "slightly more than": ">",
    "slightly less than": "<", "maybe": "~", "perhaps": "~", "plus or minus": "~", "something like": "~",
}

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
    "a hundred": 100, "one hundred": 100, "a thousand": 1000,
}

FRACTION_WORDS = {
    "half": 0.5, "a half": 0.5, "one-half": 0.5, "a third": 0.3333, "one-third": 0.3333,
    "one third": 0.3333, "two-thirds": 0.6667, "two thirds": 0.6667, "a quarter": 0.25,
    "one-quarter": 0.25, "three-quarters": 0.75, "three quarters": 0.75,
    "a fifth": 0.2, "one-fifth": 0.2, "two-fifths": 0.4, "three-fifths": 0.6, "a tenth": 0.1,
}

VAGUE_MAGNITUDES = [
    "tens of thousands", "hundreds of thousands", "tens of millions", "hundreds of millions",
    "dozens", "hundreds", "thousands", "millions", "billions", "scores",
]

SCALE_WORDS = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}

CURRENCY_SYMBOLS = {"$": "$", "€": "€", "£": "£", "¥": "¥"}
CURRENCY_CODES = ["USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CHF", "CNY"]
# Dollars written with the country before the sign, and the code each stands for.
DOLLAR_PREFIXES = {"US$": "$", "C$": "CAD", "A$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD"}
# Currencies written as words after a number, and the unit they give ("1.5 billion crowns").
CURRENCY_WORDS = {"dollars": "$", "euros": "€", "yen": "¥", "crowns": "crowns", "kronor": "kronor", "kroner": "kroner",
                  "rupees": "rupees", "pesos": "pesos", "yuan": "yuan", "francs": "francs", "rand": "rand",
                  "naira": "naira", "shillings": "shillings", "dirhams": "dirhams", "riyals": "riyals",
                  "ringgit": "ringgit", "baht": "baht", "zlotys": "zlotys", "forints": "forints", "lira": "lira"}

PERCENT_WORDS = ["percent", "per cent", "percentage points", "Prozent", "pour cent", "%"]

MEASUREMENT_UNITS = """
    km kilometers kilometres miles mile acres acre hectares hectare tonnes tons ton kg
    kilograms pounds lbs degrees feet foot meters metres inches gallons liters litres
    barrels mph km/h square
    tonne kilometre kilometer metre meter inch gallon litre liter barrel degree
    millimetres millimeters centimetres centimeters mm cm megawatts gigawatts kilowatts
    megawatt-hours cents cent pence kph knots
    bushels bushel hectolitres hectolitre hectoliters hectoliter kilowatt-hours gigawatt-hours
    terawatt-hours kWh MWh GWh TWh kW MW GW TEU micrograms microgram
""".split()

MONTHS = """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
""".split()

# Units of time: a figure with one is a duration ("nearly seven hours", "a 12-day strike").
DURATION_UNITS = """
    second seconds minute minutes hour hours day days week weeks month months year years
    decade decades night nights
""".split()

# Last words of a street address after the house number ("1420 Elm Street").
STREET_TYPES = """
    street st avenue ave road rd boulevard blvd lane ln drive dr way place pl court ct
    terrace parkway pkwy square sq highway hwy circle plaza trail crescent close
""".split()

# Verbs whose subject is what a figure after them measures: "unemployment rose to 4.1%",
# "turnout reached 58%". Verbs of change, by direction, then verbs of level.
FIGURE_UP_VERBS = """
    rose rise rises risen rising grew grow grows grown growing increased increases climbed
    climbs climbing jumped jumps surged surges soared soars gained gains added adds
    doubled tripled quadrupled up edged ticked rebounded recovered expanded widened climb
    jump surge soar gain expand widen
""".split()
FIGURE_DOWN_VERBS = """
    fell fall falls fallen falling dropped drops declined declines decreased decreases
    slipped slips slid plunged plunges plummeted sank shrank shrinks dipped dips eased
    slowed slows lost loses down halved narrowed cut cuts reduced reduces lowered lowers
    trimmed slashed drop decline slip plunge shrink dip narrow slow
""".split()
FIGURE_LEVEL_VERBS = """
    is was were are be been being reached reaches hit hits stood stands stand totaled
    totalled totals total averaged averages average peaked peaks held holds amounted
    came comes accounted accounts represented represents made makes consumed consumes
    cost covers covered covering traded trades returned returns stretched stretches
    remain remained remains hovered hovers measured measures registered ranged ranges capped
    estimated valued worth lasted lasts earned earns includes included include unchanged
    averaging totaling totalling ranging reaching amounting costing standing hovering
    reach top hover topped exceeded exceed surpassed improved improves worsened worsens
""".split()
# Verbs that raise what they take as object, "by" the amount: "raised its dividend by 3 cents" (but
# "raised $5 million" collects money, so they are no verbs of change by themselves).
FIGURE_RAISING_VERBS = "raise raises raised raising lift lifts lifted lifting boost boosts boosted boosting".split()
# Verbs that take what changes as their object: "raise payment standards by 6%".
FIGURE_OBJECT_VERBS = """
    raise raises raised raising cut cuts cutting lift lifts lifted lifting reduce reduces
    reduced reducing lower lowers lowered lowering boost boosts boosted boosting increase
    increased increasing halved doubled tripled put puts set sets bring brings brought
    push pushes pushed
""".split()

# Nouns naming a change rather than a thing: the figure counts what changed ("an increase of 3.6%").
FIGURE_CHANGE_NOUNS = {
    "increase": "up", "increases": "up", "rise": "up", "gain": "up", "gains": "up", "jump": "up",
    "hike": "up", "decrease": "down", "decline": "down", "drop": "down",
    "fall": "down", "cut": "down", "cuts": "down", "loss": "down", "reduction": "down",
}
# Nouns naming a reference quantity, not what is counted: "half of the long-term average",
# "its pre-pandemic high of 13.9 million". The second list only when nothing qualifies them
# ("a rate of 1,900 a week", but "the homicide rate" is counted).
FIGURE_REFERENCE_NOUNS = "total level amount number figure sum high low peak record mark majority".split()
FIGURE_BARE_REFERENCE_NOUNS = "average median rate share proportion percentage".split()

WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# Participles that open a sentence on their own or before any words ("Reacting, the Commissioner
# said", "Joint par téléphone, le propriétaire …"): never a name, nor the sentence's subject.
OPENING_PARTICIPLES = """
    Reacting Responding Commenting Speaking Continuing Concluding Asked Pressed Contacted Reached
    Questioned Interviewed Joint Jointe Rejoint Rejointe Contacté Contactée Interrogé Interrogée
    Questionné Questionnée Sollicité Sollicitée Gefragt Angesprochen
""".split()

# Capitalised words that open sentences but name nobody, in German and French too: days,
# holidays and German determiners ("Jedes Jahr", "Samedi", "Weihnachten").
NOT_NAME_WORDS = """
    montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
    christmas easter weihnachten ostern silvester noël pâques
    jedes jeder jede jeden dieses dieser diese manche viele kein keine
""".split()

# Words after a capitalised word with digits that mark a name, not a figure ("Route 66").
NUMBERED_NAME_WORDS = """
    route interstate highway flight section page rule chapter article clause paragraph
    amendment title apollo boeing airbus room suite unit apartment apt platform gate pier
    district ward precinct level grade class exit lot bay building floor no number
    proposition prop measure bill hb sb act item question figure table episode season
    volume vol part phase stage
    game category terminal exits gate gates pages sections articles rules chapters
    local mile hole lane track
""".split()

NEGATIONS = """
    not no never nobody nothing none neither nor cannot can't won't don't doesn't didn't
    isn't aren't wasn't weren't shouldn't wouldn't couldn't hasn't haven't hadn't without
    nicht nie kein keine pas jamais
""".split()


# ==== Figures in German and French articles ==========================================================
# (Statistics; read by factcheck.figure_languages. Keys are lower case; values as for English.)

# Common function words, by language: an article's language is the one whose words it uses most.
FIGURE_LANGUAGE_MARKERS = {
    "en": "the and of to is was that for with are were from has have this".split(),
    "de": """der die das und nicht ist mit sich auf den dem des ein eine sind wurde wurden von zu im hat es sie
             als auch für wird bei nach noch wie aus werden hatte einen einem""".split(),
    "fr": """le la les et des est une dans pour du que qui sur pas au aux ont sont été il elle ne se ce cette
             son sa ses avec par mais aussi leur""".split(),
}

# Scale words after a number ("1,5 Millionen", "4,2 millions"); a German or French "Billion" is
# a million million. Abbreviations may be followed by a full stop ("5 Mio. Euro").
FOREIGN_SCALE_WORDS = {
    "de": {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9,
           "mrd": 1e9, "billion": 1e12, "billionen": 1e12},
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "md": 1e9,
           "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "billion": 1e12, "billions": 1e12},
}

# Words for per cent and percentage points after a number, with the unit they give.
FOREIGN_PERCENT_WORDS = {
    "de": {"prozent": "%", "prozentpunkte": "percentage points", "prozentpunkten": "percentage points",
           "prozentpunkt": "percentage points"},
    "fr": {"pour cent": "%", "points de pourcentage": "percentage points", "point de pourcentage": "percentage points"},
}

# Currencies written after a number ("600.000 Euro", "3 milliards d'euros").
FOREIGN_CURRENCY_WORDS = {
    "de": {"euro": "€", "dollar": "$", "us-dollar": "$", "pfund": "£", "franken": "CHF", "yen": "¥"},
    "fr": {"euro": "€", "euros": "€", "dollar": "$", "dollars": "$", "livre": "£", "livres": "£", "franc": "CHF",
           "francs": "CHF", "yen": "¥", "yens": "¥"},
}

# Measurement units written after a number, with the English unit they give.
FOREIGN_UNITS = {
    "de": {"cent": "cents", "mikrogramm pro kubikmeter": "µg/m³", "mikrogramm": "µg", "kilowattstunden": "kWh", "kilowattstunde": "kWh", "megawattstunden": "MWh",
           "hektoliter": "hectolitres", "punkte": "points", "punkten": "points", "tonne": "tonnes", "tonnen": "tonnes", "kilogramm": "kg", "kilo": "kg", "kilometer": "km",
           "meter": "metres", "zentimeter": "cm", "millimeter": "mm", "hektar": "hectares", "liter": "litres",
           "grad": "degrees", "quadratkilometer": "square km", "quadratmeter": "square metres",
           "megawatt": "megawatts", "gigawatt": "gigawatts", "sekunden": "seconds", "minuten": "minutes",
           "stunden": "hours", "tage": "days", "tagen": "days", "wochen": "weeks", "monate": "months",
           "monaten": "months", "jahre": "years", "jahren": "years", "nächte": "nights",
           "nächten": "nights"},
    "fr": {"centimes": "cents", "hectolitres": "hectolitres", "hectolitre": "hectolitres", "kilowattheures": "kWh",
           "point": "points", "points": "points", "tonne": "tonnes", "tonnes": "tonnes", "kilo": "kg", "kilos": "kg", "kilogrammes": "kg",
           "kilomètres": "km", "kilomètre": "km", "mètres": "metres", "mètre": "metres", "centimètres": "cm",
           "millimètres": "mm", "hectares": "hectares", "hectare": "hectares", "litres": "litres",
           "litre": "litres", "degrés": "degrees", "mégawatts": "megawatts", "secondes": "seconds",
           "minutes": "minutes", "heures": "hours", "jours": "days", "semaines": "weeks", "mois": "months",
           "ans": "years", "années": "years", "nuits": "nights"},
}

# Number words. An article ("ein", "un") alone is no count; with a scale word it is one.
FOREIGN_NUMBER_WORDS = {
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
           "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
           "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
           "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
           "tausend": 1000, "ein dutzend": 12, "eine million": 1e6, "eine milliarde": 1e9},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
           "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
           "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
           "cents": 100, "mille": 1000, "une douzaine": 12, "un million": 1e6, "un milliard": 1e9,
           "septante": 70, "huitante": 80, "octante": 80, "nonante": 90, "un millier": 1000, "une centaine": 100,
           "une dizaine": 10, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30,
           "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60},
}
# "One" inside a compound number ("einundzwanzig", "vingt-et-un"), where alone it is an article.
FOREIGN_COMPOUND_ONES = {"de": ["ein"], "fr": ["un", "une"]}

FOREIGN_FRACTION_WORDS = {
    "de": {"die hälfte": 0.5, "der hälfte": 0.5, "ein drittel": 0.3333, "zwei drittel": 0.6667,
           "ein viertel": 0.25, "drei viertel": 0.75, "ein fünftel": 0.2, "ein zehntel": 0.1,
           # "jeder vierte Fahrgast": one in four
           "jeder zweite": 0.5, "jede zweite": 0.5, "jeder dritte": 0.3333, "jede dritte": 0.3333,
           "jeder vierte": 0.25, "jede vierte": 0.25, "jeder fünfte": 0.2, "jede fünfte": 0.2,
           "jeder zehnte": 0.1, "jede zehnte": 0.1},
    "fr": {"la moitié": 0.5, "un tiers": 0.3333, "deux tiers": 0.6667, "un quart": 0.25, "trois quarts": 0.75,
           "un cinquième": 0.2, "un dixième": 0.1},
}

# Vague amounts, with the English magnitude recorded for them.
FOREIGN_VAGUE_MAGNITUDES = {
    "de": {"zehntausende": "tens of thousands", "hunderttausende": "hundreds of thousands",
           "tausende": "thousands", "hunderte": "hundreds", "dutzende": "dozens", "millionen": "millions",
           "milliarden": "billions"},
    "fr": {"des dizaines de milliers": "tens of thousands", "des centaines de milliers": "hundreds of thousands",
           "des milliers": "thousands", "des centaines": "hundreds", "des dizaines": "dozens",
           "des millions": "millions", "des milliards": "billions"},
}

FOREIGN_QUALIFIERS = {
    "de": {"mehr als": ">", "über": ">", "gut": ">", "rund": "~", "etwa": "~", "ungefähr": "~", "circa": "~",
           "fast": "~", "knapp": "~", "beinahe": "~", "nahezu": "~", "schätzungsweise": "~",
           "mindestens": ">=", "wenigstens": ">=", "bis zu": "<=", "höchstens": "<=", "maximal": "<=",
           "weniger als": "<", "unter": "<", "annähernd": "~"},
    "fr": {"plus de": ">", "près de": "~", "environ": "~", "quelque": "~", "presque": "~", "pratiquement": "~",
           "au moins": ">=", "pas moins de": ">=", "jusqu'à": "<=", "jusqu’à": "<=", "au plus": "<=",
           "au maximum": "<=", "moins de": "<", "autour de": "~", "aux alentours de": "~", "de l'ordre de": "~",
           "de l’ordre de": "~", "quasiment": "~", "pas loin de": "~"},
}
# French elides "de" before a vowel: "près d’un quart" is hedged by "près d’", as written.
FOREIGN_QUALIFIERS["fr"].update({f"{hedge[:-3]} {elided}": bound for hedge, bound in list(FOREIGN_QUALIFIERS["fr"].items())
                                 if hedge.endswith(" de") for elided in ("d'", "d’")})

FOREIGN_MONTHS = {
    "de": """januar jänner februar märz april mai juni juli august september oktober november dezember
             jan feb mär apr jun jul aug sep sept okt nov dez""".split(),
    "fr": """janvier février mars avril mai juin juillet août septembre octobre novembre décembre
             janv févr avr juil sept oct nov déc""".split(),
}

# Words before a number that make it a year ("im Jahr 2024" is read by the year's shape alone),
# a position in an order ("am 3. Mai", "der 100. Geburtstag") or a name ("Artikel 5", "Gleis 3").
FOREIGN_ORDINAL_LEADS = {
    "de": """der die das dem den des zum zur am im vom beim ab bis seit ihr ihre ihren ihrem sein seine seinen
             seinem unser unsere unseren unserem""".split(),
    "fr": [],
}
FOREIGN_NUMBERED_NAME_WORDS = {
    "de": """artikel paragraf paragraph absatz seite seiten kapitel abschnitt linie gleis nummer nr
             bus zimmer haus raum tor stufe klasse platz""".split(),
    "fr": """article articles page pages chapitre section ligne voie numéro n° no bus salle porte niveau""".split(),
}

# Words after a number that make it an age ("Marie Dupont, 26 ans,", "un homme de 52 ans"), and
# words before hours that make them a time of day ("vers 10 heures", "entre 10 heures et 20 heures").
FOREIGN_AGE_WORDS = {"de": ["jahre", "jahren"], "fr": ["ans"]}
# What opens a rate after a German or French figure: "pro Jahr", "je Einwohner", "pour 100 000
# habitants" (with a number only: "pour" also says what money is for), "par jour".
FOREIGN_RATE_LEADS = {"de": ["pro", "je"], "fr": ["par"]}
FOREIGN_RATE_NOUNS = {"fr": "jour an année mois semaine heure habitant habitante personne élève ménage tête".split()}
# Words before a figure compared with the one before it, which counts what that one counts ("82 pour
# 100 000 habitants, contre 98", "Quatre candidats …, dont deux …").
FOREIGN_COMPARED_LEADS = {"de": ["gegenüber", "davon", "darunter"], "fr": ["contre", "dont"]}
# Bounds that make an age a band of a group ("Berufseinsteiger unter 25 Jahren", "les personnes de
# plus de 60 ans"), not a count.
FOREIGN_AGE_BOUNDS = {"de": ["unter", "über", "ab"], "fr": ["plus de", "moins de"]}
FOREIGN_TIME_LEADS = {"de": ["um", "gegen"], "fr": "à vers dès entre avant après jusqu'à jusqu’à".split()}
# Words before a duration that make it a date in the past ("vor fünf Jahren", "il y a cinq ans").
FOREIGN_AGO_LEADS = {"de": ["vor"], "fr": ["il y a"]}
# Before a duration these make it the period of another figure: "a parcouru 1 150 hectares en trois jours".
FOREIGN_PERIOD_LEADS = {"de": ["in", "innerhalb", "binnen"], "fr": ["en"]}

# Words that open what a figure counts without being part of it ("12 % der Befragten").
FOREIGN_COUNTED_OPENERS = {
    "de": "der des von davon".split(),
    "fr": "de d' d’ des du".split(),
}
# Words after a figure that are not what it counts (verbs, prepositions, adverbs).
FOREIGN_NOT_COUNTED = {
    "de": """ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können soll sollen
             muss müssen im in am an auf aus bei bis für mit nach pro je seit um von vor zu zum zur und
             oder aber mehr weniger als wie noch nur schon bereits etwa rund insgesamt jährlich täglich
             monatlich laut gegen ohne über unter zwischen während wegen trotz davon dabei damit sowie
             jeweils""".split(),
    "fr": """est sont était étaient a ont avait avaient sera seront été peut peuvent doit doivent en dans
             à au aux pour par sur sous avec sans chez entre vers et ou mais plus moins que qui comme
             encore déjà environ seulement par an ans le la les l' l’ un une derniers dernières dernier
             dernière premiers premières prochains prochaines autres selon contre dont soit depuis pendant
             après avant lors malgré parmi il ils elle elles on nous vous je ce ça cela y""".split(),
}
# Adjectives that may stand between a figure and its noun ("300 neue Regeln", "300 nouveaux
# logements"). German adjectives are the lower-case words before a capitalised noun.
FOREIGN_ADJECTIVES_BEFORE_NOUNS = {
    "de": [],
    "fr": """nouveaux nouvelles nouvel grands grandes gros grosses petits petites anciens anciennes
             jeunes vieux vieilles hauts hautes""".split(),
}

# Words joining the two ends of a range or change ("zwischen 1.200 und 1.500", "von 4,1 auf 4
# Prozent", "de 800 à 600"), and the words opening one; "onto" joins a change's old and new value.
FOREIGN_RANGE_JOINS = {"de": {"bis": "to", "und": "and", "auf": "onto"}, "fr": {"à": "to", "et": "and"}}
FOREIGN_RANGE_OPENERS = {"de": {"zwischen": "between", "von": "from"}, "fr": {"entre": "between", "de": "from"}}
# Verbs of change, up and down, which before "um 1,4" or "de 3 %" give a change by that amount
# its direction.
FOREIGN_UP_VERBS = {
    "de": """stieg stiegen gestiegen wuchs wuchsen gewachsen kletterte kletterten erhöhte erhöhten erhöht
             steigt steigen wächst wachsen""".split(),
    "fr": "progressé augmenté grimpé bondi progresse augmente grimpe".split(),
}
FOREIGN_DOWN_VERBS = {
    "de": """sank sanken gesunken fiel fielen gefallen verringerte verringerten verringert sinkt sinken
             fällt fallen schrumpfte schrumpften geschrumpft schrumpft""".split(),
    "fr": "baissé reculé chuté diminué baisse recule chute diminue".split(),
}
# Verbs of change before "de 410 000 à 452 300", which make it a change rather than a range.
FOREIGN_CHANGE_VERBS = {code: FOREIGN_UP_VERBS[code] + FOREIGN_DOWN_VERBS[code] for code in ("de", "fr")}
FOREIGN_CHANGE_VERBS["fr"] += "passé passée passés passées passe".split()
# The word between a verb of change and its amount ("sank um 1,4", "a augmenté de 3 %"), and
# comparatives after an amount that give its direction ("um rund ein Viertel höher").
FOREIGN_BY_WORDS = {"de": ["um"], "fr": ["de"]}
FOREIGN_COMPARATIVES = {"de": {"höher": "up", "mehr": "up", "größer": "up", "niedriger": "down",
                               "weniger": "down", "geringer": "down", "kleiner": "down"},
                        "fr": {}}
# Verbs that multiply what they change ("mehr als halbiert", "a doublé"), with the factor.
FOREIGN_TIMES_WORDS = {"de": {"verdoppelt": 2, "verdoppelte": 2, "verdreifacht": 3, "verdreifachte": 3,
                              "vervierfacht": 4, "halbiert": 0.5, "halbierte": 0.5},
                       "fr": {"doublé": 2, "triplé": 3, "quadruplé": 4}}
# What joins a figure to the value it changed from, written after it: "81 %, contre 74 %",
# "3,40 Euro statt 3,20 Euro", "4,7 Prozent, nach 4,5 Prozent".
FOREIGN_FROM_JOINS = {"de": ["statt", ", nach"], "fr": [", contre", "contre"]}
# After a number, what makes it a multiple, and which way: "deux fois plus" (German writes
# "dreimal", one word, so it has none here).
FOREIGN_MULTIPLES = {"de": {}, "fr": {"fois plus": "up", "fois moins": "down"}}
# Determiners opening a clause's subject, which a figure with no noun after it counts ("Die Tarife
# steigen um 4,9 Prozent", "La taxe de séjour a rapporté 2,1 millions d'euros"), and nouns for an
# amount of something, which count that something ("Die Zahl der Fahrgäste", "le nombre de
# visiteurs").
FOREIGN_SUBJECT_DETERMINERS = {"de": "der die das den dem des ein eine einer eines einem ihr ihre sein seine".split(),
                               "fr": "le la les un une du son sa ses leur leurs".split()}
# Verbs that state a level, which with a verb of change make the subject what a figure measures
# ("Der Umbau kostete 600.000 Euro", but not "Der Bund gibt 1,5 Millionen Euro").
FOREIGN_LEVEL_VERBS = {
    "de": """lag liegt lagen liegen betrug beträgt betrugen betragen kostete kostet kosteten kosten erreichte
             erreicht erreichten erreichen umfasst umfasste umfassen belief beläuft verzeichnete verzeichnet
             stagnierte stagnierten stagniert verharrte verharrten""".split(),
    "fr": """atteint atteignent atteignait s'élève s’élève s'élèvent s’élèvent représente représentent représentait
             coûte coûté coûtera rapporté rapporte totalise compte comptait comptent est était sont""".split(),
}
FOREIGN_AMOUNT_NOUNS = {"de": "zahl anzahl anteil summe menge".split(), "fr": "nombre part montant".split()}
# Nouns of change or reference before "von"/"de" and a figure ("ein Plus von 4 Prozent", "une
# hausse de 14 %", "une moyenne de 142 millimètres"): what changed or is averaged is counted, not them.
FOREIGN_CHANGE_NOUNS = {
    "de": """anstieg rückgang plus minus zuwachs steigerung senkung erhöhung zunahme abnahme einbruch
             durchschnitt schnitt höhe wert rekord summe""".split(),
    "fr": "hausse baisse augmentation diminution progression recul chute croissance repli moyenne total niveau record".split(),
}
# French adjectives after a noun end in these ("nuitées marchandes", "gare routière").
FRENCH_ADJECTIVE_ENDINGS = """al ale ales aux ier ière iers ières ique iques if ive ifs ives ant ante ants antes
    ande andes and ands el elle els elles eux euse euses aire aires""".split()
# Articles that may follow the word opening what a figure counts: "un quart de la clientèle".
FOREIGN_COUNTED_ARTICLES = {"de": ["den", "dem", "die"], "fr": ["la", "les", "l'", "l’"]}
