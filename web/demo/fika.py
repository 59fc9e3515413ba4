"""Luckan Integration's FIKA, Helsinki: the programme and its applicants."""

from __future__ import annotations

from web.demo.records import (
    DEMO_EMAIL_DOMAIN,
    EITHER,
    IN_PERSON,
    MAN,
    NON_BINARY,
    ONLINE,
    REJECTED,
    SUBMITTED,
    WAITLISTED,
    WOMAN,
    Person,
    Programme,
    text,
)

ORG_SLUG = "luckan"
PROGRAM_SLUG = "fika"
COORDINATOR_EMAIL = f"annika.sundstrom@{DEMO_EMAIL_DOMAIN}"

# -- FIKA (Luckan Integration, Helsinki) --------------------------------------------------

MENTEES = (
    Person(
        "Olena Kovalenko", WOMAN, "uk:native ru:fluent en:good fi:basic",
        fields=("construction", "engineering"),
        topics=("recognition", "vocabulary", "job_search"),
        background=text("""
            I am a civil engineer from Kharkiv with eleven years of experience, most of it as
            a site engineer on residential concrete buildings. In 2022 I came to Helsinki with
            my daughter. For the last year I have worked as a cleaner for a construction
            company in Vantaa and studied Finnish in the evenings.
        """),
        goals=text("""
            I want to get my diploma recognised by the Finnish National Agency for Education
            and understand what else I need before I can work as an engineer here. I also need
            the Finnish words people really use on site; my textbook Finnish is not enough to
            read drawings or talk with a foreman. A mentor from the building industry could
            tell me which companies hire foreign engineers.
        """),
        note="Interviewed {interviewed}. Very clear goals. Pair with someone from construction.",
        meeting=EITHER,
    ),
    Person(
        "Ahmad Al-Hassan", MAN, "ar:native fi:good en:basic",
        fields=("construction", "industry"),
        topics=("job_search", "cv", "work_culture"),
        writes="fi",
        background=text("""
            Olen kotoisin Aleppon läheltä ja tein Syyriassa sähkötöitä kymmenen vuotta, ensin
            isäni firmassa ja sitten omana yrittäjänä. Suomessa olen asunut vuodesta 2019.
            Suoritin sähköasentajan perustutkinnon ammattiopistossa viime keväänä.
        """),
        goals=text("""
            Haen töitä sähköasentajana, mutta en ole vielä päässyt yhteenkään haastatteluun.
            Haluaisin tietää, miten työhakemus kirjoitetaan niin, että se kiinnostaa
            suomalaista työnantajaa, ja miten työmaalla puhutaan. Olisi hienoa tutustua
            ihmiseen, joka tuntee rakennusalan.
        """),
        meeting=IN_PERSON,
    ),
    Person(
        "Priya Raghunathan", WOMAN, "en:fluent hi:good fi:basic",
        fields=("it",),
        topics=("job_search", "cv", "online_presence", "interviews"),
        background=text("""
            I have a B.Tech in computer science from Chennai and six years of experience as a
            software test engineer, mostly manual and API testing of banking applications. I
            moved to Espoo last spring when my husband got a job here, so I am on a
            family-based residence permit.
        """),
        goals=text("""
            I am looking for my first job in Finland. I have sent more than forty applications
            and had two interviews. I would like someone to look at my CV and LinkedIn with
            Finnish eyes and explain what recruiters here expect. I am also learning test
            automation and want to know which tools companies are really asking for.
        """),
        note="Interviewed {interviewed}. Strong CV, needs help with the Finnish job market.",
    ),
    Person(
        "Mohamed Abdi Farah", MAN, "so:native fi:good en:good ar:basic",
        fields=("health", "public"),
        topics=("job_search", "networking", "interviews"),
        writes="fi",
        background=text("""
            Tulin Suomeen Mogadishusta 16-vuotiaana ja kävin täällä peruskoulun ja lukion.
            Valmistuin sosionomiksi vuonna 2024, ja nyt teen keikkatöitä lastensuojelun
            sijaisena. Puhun somalia, suomea ja englantia ja vähän arabiaa.
        """),
        goals=text("""
            Haluaisin vakituisen työn sosiaalialalta, esimerkiksi nuorisotyöstä tai kaupungin
            palveluista. Tarvitsen apua verkostoitumiseen, koska minulla ei ole alalta
            suomalaisia kontakteja. Haluaisin myös harjoitella työhaastatteluja.
        """),
    ),
    Person(
        "Mai Nguyen", WOMAN, "vi:native en:good fi:basic",
        fields=("hospitality",),
        topics=("career_change", "cv", "language"),
        background=text("""
            In Vietnam I studied tourism management and worked for five years at the front
            desk of a resort hotel in Da Nang. I came to Finland in 2023, and now I work in
            housekeeping at a hotel in central Helsinki, mostly morning shifts.
        """),
        goals=text("""
            My dream is to work at a reception again, but my Finnish is still basic and I
            think my CV does not show my experience well. I would like a mentor who can help
            me plan the next step and practise customer-service Finnish with me.
        """),
        availability=("mon_afternoon", "tue_evening", "wed_afternoon", "thu_evening"),
    ),
    Person(
        "Lucas Pereira", MAN, "pt:native en:fluent es:good sv:basic",
        fields=("marketing",),
        topics=("networking", "language", "online_presence"),
        background=text("""
            I'm a digital marketer from Porto Alegre with eight years in agencies, mainly paid
            social and SEO for e-commerce brands. My partner is from Porvoo, and we moved here
            together a year ago. Since then I have freelanced remotely for Brazilian clients.
        """),
        goals=text("""
            I'd like to start working for Finnish companies, and I've noticed that many jobs
            in the capital region ask for Swedish or Finnish. I'm taking a Swedish course and
            would love to practise it with a mentor. I also want to understand how marketing
            people network here; it feels very different from Brazil.
        """),
    ),
    Person(
        "Lucía Martín García", WOMAN, "es:native en:fluent fi:basic sv:basic",
        fields=("construction", "design"),
        topics=("recognition", "networking", "vocabulary"),
        background=text("""
            I studied architecture in Madrid and worked for seven years in a small studio,
            designing housing renovations and school buildings. I moved to Helsinki in 2024
            with my Finnish partner and I am now on a Finnish course at an adult education
            centre.
        """),
        goals=text("""
            I want to know whether I need a recognition decision to work as an architect in
            Finland, and how Finnish offices use BIM. It would help to visit an office or a
            site and hear the vocabulary. Most of all I need contacts: I don't know anyone in
            the field here yet.
        """),
    ),
    Person(
        "Chinedu Okafor", MAN, "en:fluent fi:basic",
        fields=("finance",),
        topics=("job_search", "work_culture", "networking"),
        background=text("""
            I came from Lagos to do a master's in accounting at Hanken and graduated in June.
            Before that I worked for three years as an audit associate in a large audit firm
            in Lagos. I now work part-time in a warehouse while I look for work in my field.
        """),
        goals=text("""
            I want a trainee or junior role in accounting or financial control. I would like
            to understand how Finnish companies recruit graduates and how to present my
            experience from Nigeria so that it counts here. Advice on learning Finnish or
            Swedish for finance would also help.
        """),
        note="Interviewed {interviewed}. Motivated; Hanken graduate, open to Swedish.",
    ),
    Person(
        "Wanjiru Kamau", WOMAN, "sw:native en:fluent fi:basic",
        fields=("health",),
        topics=("recognition", "language", "vocabulary"),
        background=text("""
            I am a registered nurse from Nairobi with six years on a surgical ward at a county
            hospital. I came to Finland in 2023 through a recruitment programme and now work as
            a nursing assistant in a care home in Vantaa while Valvira processes my licence
            application.
        """),
        goals=text("""
            I need to complete the supplementary training and meet the Finnish language
            requirement to get my nursing licence. I would like a mentor who knows the Finnish
            health system and can help me practise the language we use with patients. I also
            want to hear how nurses move from elderly care to hospital work.
        """),
        note="Interviewed {interviewed}. Licence application pending at Valvira.",
    ),
    Person(
        "Emre Yıldız", MAN, "tr:native en:fluent de:good",
        fields=("engineering", "industry"),
        topics=("job_search", "interviews", "work_culture"),
        background=text("""
            I am a mechanical engineer from Izmir. I worked for six years in product
            development at a manufacturer of industrial pumps, mostly 3D design and testing. I
            moved to Helsinki eight months ago after my wife started her postdoc at the
            university.
        """),
        goals=text("""
            I would like to find an engineering job in machine building or the energy sector.
            I want to understand what Finnish engineering teams value in interviews and how
            much Finnish matters in practice. A mentor with a network in industry would be
            great.
        """),
    ),
    Person(
        "Zahra Hosseini", WOMAN, "fa:native sv:basic en:basic",
        fields=("education",),
        topics=("language", "studies", "society"),
        writes="sv",
        background=text("""
            Jag kommer från Herat i Afghanistan. Där jobbade jag som lärare i matematik i en
            flickskola i sex år. Jag har bott i Helsingfors sedan 2023 och jag går på den
            svenska integrationsutbildningen.
        """),
        goals=text("""
            Jag vill lära mig mer svenska och förstå hur skolan fungerar i Finland. Kanske kan
            jag jobba som skolgångsbiträde först? Jag vill gärna träffa en mentor på riktigt,
            inte bara på nätet.
        """),
        note="Interviewed {interviewed}. Needed a Dari interpreter. Wants to meet in person.",
        meeting=IN_PERSON,
    ),
    Person(
        "Dmitri Volkov", MAN, "ru:native en:good fi:basic",
        fields=("it",),
        topics=("job_search", "interviews", "language"),
        background=text("""
            I'm a backend developer (Java and Kotlin) with nine years of experience, the last
            four at a fintech company in Moscow. I moved to Helsinki in 2022 and got a contract
            at a startup that ran out of funding this summer.
        """),
        goals=text("""
            I'm looking for a new developer job and want to understand why my applications stop
            after the first round: is it the CV, my background, or my Finnish? I would like to
            practise interviews and learn how to talk about my experience here. I'm also trying
            to get my Finnish from basic to something I can use at work.
        """),
    ),
    Person(
        "Tatjana Ivanova", WOMAN, "ru:native fi:basic en:basic",
        fields=("finance",),
        topics=("language", "recognition", "job_search"),
        writes="fi",
        background=text("""
            Olen kotoisin Pietarista. Olen koulutukseltani ekonomi ja tein kirjanpitäjän töitä
            15 vuotta. Muutin Suomeen 2023 mieheni kanssa. Nyt käyn suomen kurssia
            työväenopistossa.
        """),
        goals=text("""
            Haluan tehdä kirjanpitoa myös Suomessa. En tiedä, tarvitsenko uuden tutkinnon.
            Haluan puhua suomea enemmän, mutta minulla ei ole vielä suomalaisia ystäviä.
        """),
        note="Interviewed {interviewed}. Would like a Russian-speaking mentor to start with.",
        meeting=IN_PERSON,
    ),
    Person(
        "Maria Santos", WOMAN, "tl:native en:fluent fi:good",
        fields=("health",),
        topics=("studies", "career_change", "family"),
        background=text("""
            I'm from Cebu in the Philippines and came to Finland in 2019 to train as a
            practical nurse. Since 2021 I have worked in home care in Helsinki, visiting
            elderly clients.
        """),
        goals=text("""
            I want to continue my studies to become a registered nurse, maybe part-time while
            I work. I need help to understand how to apply to a university of applied sciences
            and to prepare for the entrance exam in Finnish. I would also like advice on
            balancing work, studies and my two children.
        """),
    ),
    Person(
        "Bikash Gurung", MAN, "ne:native hi:good en:good fi:basic",
        fields=("hospitality",),
        topics=("entrepreneurship", "working_life_rights", "society"),
        background=text("""
            I am from Pokhara in Nepal. I have worked as a cook in Indian and Nepali
            restaurants in Helsinki for seven years, the last three as head cook. Before
            Finland I worked in hotel kitchens in Dubai.
        """),
        goals=text("""
            I want to open my own small place with Nepali street food, maybe first a food
            truck. I don't understand the Finnish permits, taxes and how to employ people
            correctly. I hope to find a mentor who has run a business in the restaurant field.
        """),
        note="Interviewed {interviewed}. Good plan for a food truck. Restaurant mentor!",
        meeting=IN_PERSON,
    ),
    Person(
        "Chen Jing", WOMAN, "zh:native en:fluent fi:basic",
        fields=("research", "industry"),
        topics=("career_change", "cv", "networking"),
        background=text("""
            I did my PhD in polymer chemistry in Shanghai and came to Helsinki in 2021 as a
            postdoctoral researcher. My project at the university ended in August, and I would
            like to stay in Finland with my family.
        """),
        goals=text("""
            I am trying to move from academia to industry, for example R&D in packaging,
            paints or wood-based materials. I don't know how to rewrite my academic CV for
            companies or where to meet people from industry. I would like a mentor who has
            made a similar change or knows the industry.
        """),
    ),
    Person(
        "Kristiina Tamm", WOMAN, "et:native fi:good ru:good en:good",
        fields=("design", "marketing"),
        topics=("networking", "online_presence", "entrepreneurship"),
        writes="fi",
        background=text("""
            Olen virolainen graafinen suunnittelija, ja työskentelin Tallinnassa
            mainostoimistossa kahdeksan vuotta. Muutin Helsinkiin kaksi vuotta sitten ja teen
            nyt freelance-töitä virolaisille asiakkaille.
        """),
        goals=text("""
            Haluaisin saada suomalaisia asiakkaita tai työpaikan suunnittelutoimistosta.
            Tarvitsen apua portfolion ja LinkedIn-profiilin kanssa ja tietoa siitä, miten
            alalla verkostoidutaan Suomessa. Suomeni on jo aika hyvä, mutta ammattisanastoa
            pitää vielä harjoitella.
        """),
    ),
    Person(
        "Sasha Petrenko", NON_BINARY, "uk:native ru:fluent en:fluent",
        fields=("design", "it"),
        topics=("job_search", "confidence", "networking"),
        background=text("""
            I'm a UX/UI designer from Kyiv with five years in product teams, most recently on
            a banking app. I came to Finland in 2022 under temporary protection and since then
            I have done a UX bootcamp and some volunteer projects.
        """),
        goals=text("""
            I want to get back to working in a product team. I'd like feedback on my portfolio
            and help to understand the Finnish tech job market, which feels very quiet right
            now. It would also mean a lot to have someone to talk to about confidence; I have
            been out of work for too long.
        """),
        note="Interviewed {interviewed}. Uses they/them.",
        meeting=ONLINE,
    ),
    Person(
        "Yonas Tesfaye", MAN, "ti:native am:good en:good fi:good",
        fields=("logistics",),
        topics=("career_change", "studies", "job_search"),
        writes="fi",
        background=text("""
            Tulin Eritreasta Suomeen vuonna 2017. Olen tehnyt töitä varastolla Vantaalla viisi
            vuotta, ja minulla on C-ajokortti. Kotimaassa opiskelin kaksi vuotta
            kauppatieteitä, mutta opinnot jäivät kesken.
        """),
        goals=text("""
            Haluan edetä logistiikka-alalla, esimerkiksi esihenkilöksi tai ajojärjestelijäksi.
            Mietin, kannattaako minun opiskella logistiikan tradenomiksi. Haluan mentorin, joka
            tuntee alan ja voi kertoa, mitä taitoja työnantajat arvostavat.
        """),
    ),
    Person(
        "Amina Benali", WOMAN, "ar:native fr:fluent en:good fi:basic",
        fields=("finance", "business"),
        topics=("job_search", "networking", "language"),
        background=text("""
            I have a master's in economics from Rabat and worked for six years in a bank in
            Casablanca, first in consumer credit and then in risk analysis. I moved to
            Helsinki in 2024 after marrying a Finn. I speak Arabic, French and English, and I
            am learning Finnish.
        """),
        goals=text("""
            I want to work in banking or financial analysis in Finland. I'd like a mentor who
            can explain how Finnish banks recruit and whether my French could be an advantage
            somewhere. I also want to build a network, because right now I only know my
            husband's friends.
        """),
    ),
    Person(
        "Daria Shevchenko", WOMAN, "uk:native ru:fluent fi:basic en:basic",
        fields=("education",),
        topics=("language", "recognition", "studies"),
        writes="fi",
        background=text("""
            Olen Daria ja tulin Ukrainasta, Dniprosta, vuonna 2022. Ukrainassa olin
            lastentarhanopettaja 12 vuotta. Nyt olen töissä päiväkodissa avustajana Espoossa.
        """),
        goals=text("""
            Haluan oppia paremmin suomea, jotta voin tehdä taas opettajan työtä. Haluan myös
            tietää, miten saan tutkintoni tunnustettua Suomessa. Olisi mukava tavata mentori
            kasvotusten.
        """),
        meeting=IN_PERSON,
    ),
    Person(
        "Elif Kaya", WOMAN, "tr:native en:fluent fi:basic",
        fields=("hr",),
        topics=("job_search", "working_life_rights", "networking"),
        background=text("""
            I worked as an HR specialist in Istanbul for seven years, mostly recruitment and
            onboarding for a retail chain with 2,000 employees. I moved to Helsinki in 2023
            when my husband's company relocated him here.
        """),
        goals=text("""
            I would like to work in HR or recruitment in Finland, perhaps first in an
            international company where English is enough. I want to learn how recruitment and
            employment law work here and improve my Finnish step by step. A mentor from HR
            would help me see where to start.
        """),
    ),
    # Waiting for screening.
    Person(
        "Rahul Mehta", MAN, "hi:native en:fluent",
        fields=("it", "finance"),
        topics=("job_search", "interviews", "online_presence"),
        status=SUBMITTED,
        background=text("""
            I am a data analyst from Pune with five years of experience in SQL, Power BI and
            Python, mostly sales reporting for a consumer goods company. My wife works at a
            hospital in Helsinki, and I joined her here in March.
        """),
        goals=text("""
            I want my first analyst job in Finland and need help to understand which
            industries hire analysts and how to present my projects. I would also like to
            practise interviews, because the style here seems more relaxed than in India and
            I'm not sure how to read it.
        """),
    ),
    Person(
        "Joana Silva", WOMAN, "pt:native en:fluent sv:basic",
        fields=("media", "marketing"),
        topics=("career_change", "networking", "language"),
        status=SUBMITTED,
        background=text("""
            I'm a journalist from São Paulo. I worked for ten years at a news website, the
            last four as an editor covering the environment and the Amazon. I moved to
            Helsinki last year with my Finnish wife.
        """),
        goals=text("""
            I know journalism in Finland needs very good Finnish or Swedish, so I'm thinking
            about moving into communications. I'd like to talk with someone who works in media
            or communications about what is realistic and how to get started. Practising
            Swedish would be a bonus.
        """),
    ),
    Person(
        "Tanvir Hossain", MAN, "bn:native en:fluent hi:good",
        fields=("environment", "engineering"),
        topics=("internship", "networking", "job_search"),
        status=SUBMITTED,
        background=text("""
            I'm from Dhaka and came to Finland two years ago for a master's in environmental
            engineering at Aalto. Before that I worked for three years for an NGO on water and
            sanitation projects in Bangladesh.
        """),
        goals=text("""
            I will graduate next spring and want to find a thesis position or an internship in
            a company working on water treatment or the circular economy. I'd like advice on
            how students find these positions in Finland and on building my network before
            graduation.
        """),
    ),
    Person(
        "Parisa Karimi", WOMAN, "fa:native en:fluent fi:basic",
        fields=("engineering", "industry"),
        topics=("vocabulary", "job_search", "work_culture"),
        status=SUBMITTED,
        background=text("""
            I am a chemical engineer from Shiraz and worked for nine years in a petrochemical
            plant, the last three as a process engineer responsible for safety reviews. I moved
            to Vantaa in 2024 with my husband and our son.
        """),
        goals=text("""
            I would like to continue as a process engineer, for example in the energy or
            chemical industry in Porvoo. I want to learn the Finnish safety vocabulary and
            understand what Finnish employers expect from a foreign engineer.
        """),
    ),
    Person(
        "Sofia Lindgren", WOMAN, "sv:native en:fluent fi:basic",
        fields=("education",),
        topics=("recognition", "language", "work_culture"),
        writes="sv",
        status=SUBMITTED,
        background=text("""
            Jag är förskollärare från Uppsala och har jobbat tio år i förskola, de senaste tre
            som biträdande förskolechef. I somras flyttade vi till Helsingfors eftersom min man
            fick jobb här.
        """),
        goals=text("""
            Jag vill jobba på ett svenskspråkigt daghem i Helsingfors och behöver förstå hur
            jag får min examen erkänd i Finland. Jag vill också börja lära mig finska på
            riktigt, för alla säger att man behöver det även i det svenska Helsingfors.
        """),
    ),
    Person(
        "Omar Rahimi", MAN, "fa:native ps:good en:good fi:basic",
        fields=("ngo", "public"),
        topics=("job_search", "studies", "networking"),
        status=SUBMITTED,
        background=text("""
            In Kabul I worked for six years as an interpreter and project assistant for an
            international NGO that ran health clinics. I came to Finland in 2022 and finished
            an integration course last year. I speak Dari, Pashto and English, and my Finnish
            is getting better.
        """),
        goals=text("""
            I would like to work in an organisation that helps refugees, or in public services
            as a counsellor. I don't know which studies are useful or how to find work in
            Finnish organisations. I hope a mentor can help me make a plan.
        """),
    ),
    # Decided otherwise.
    Person(
        "Ali Kareem Hussein", MAN, "ar:native ku:good en:good fi:good",
        fields=("law", "public"),
        topics=("recognition", "studies", "career_change"),
        status=WAITLISTED,
        note=(
            "Interviewed {interviewed}. Strong motivation, but no law mentor this round. "
            "Waitlisted; ask Kristian Lund for the August intake."
        ),
        background=text("""
            I have a law degree from the University of Baghdad and worked for eight years as a
            legal adviser for a construction company, mostly on contracts and disputes. I have
            lived in Espoo since 2020 and work in customer service for a telecom operator.
        """),
        goals=text("""
            I know I cannot practise as a lawyer here with my degree, so I want to find out
            which paths are realistic: further studies at a Finnish university, work as a legal
            assistant, or something in public administration. A mentor who works in law could
            help me see the options.
        """),
    ),
    Person(
        "Mariam Yousef", WOMAN, "ar:native en:good fi:good",
        fields=("health", "research"),
        topics=("recognition", "vocabulary"),
        status=REJECTED,
        region="FI-11",
        note=(
            "Lives in Tampere; FIKA is for the capital region. Told her about Womento "
            "(Väestöliitto), which is nationwide."
        ),
        background=text("""
            I am a biomedical laboratory scientist from Basra. I worked in a hospital
            laboratory for eight years before moving to Finland in 2021. I now live in Tampere
            and work part-time in a care home.
        """),
        goals=text("""
            I want to get my qualification recognised and work in a hospital laboratory again.
            I would like help with the Valvira process and with the vocabulary of laboratory
            work.
        """),
    ),
)  # fmt: skip

MENTORS = (
    Person(
        "Mikaela Forsström", WOMAN, "sv:native fi:native en:fluent",
        fields=("hr", "business"),
        topics=("cv", "interviews", "work_culture", "networking"),
        writes="sv",
        capacity=2,
        note="Can take two mentees. Has recruited many internationals.",
        background=text("""
            Jag är HR-chef på ett teknikföretag i Esbo med ungefär 300 anställda från över 30
            länder. Under de senaste tio åren har jag rekryterat hundratals personer, många av
            dem från utlandet. Själv har jag jobbat två år i Stockholm, så jag vet lite hur det
            känns att börja om i ett nytt land.
        """),
        goals=text("""
            Jag kan hjälpa med cv, jobbansökningar och intervjuer och berätta hur en
            finländsk rekryterare tänker. Jag kan också förklara det outtalade i
            arbetskulturen här, till exempel hur man ger feedback. Vi kan prata svenska,
            finska eller engelska, som min mentee vill.
        """),
    ),
    Person(
        "Henrik Åström", MAN, "sv:native fi:fluent en:fluent",
        fields=("it", "finance"),
        topics=("job_search", "interviews", "cv", "work_culture"),
        writes="sv",
        capacity=2,
        meeting=ONLINE,
        background=text("""
            Jag jobbar som mjukvaruarkitekt på en bank i Helsingfors och har hållit på med
            systemutveckling i snart 20 år. I mitt team finns utvecklare från Indien, Ukraina,
            Brasilien och Finland, och jag har varit med och anställt de flesta.
        """),
        goals=text("""
            Jag kan ge råd om hur man söker jobb inom IT i Finland, läsa igenom cv och
            GitHub-profiler och öva tekniska intervjuer. Jag kan också berätta hur det är att
            jobba i ett finländskt utvecklingsteam. Jag träffas helst på distans, på kvällen.
        """),
    ),
    Person(
        "Pia Grönroos", WOMAN, "sv:native fi:fluent en:good",
        fields=("health",),
        topics=("recognition", "vocabulary", "work_culture"),
        writes="sv",
        background=text("""
            Jag är sjukskötare och avdelningsskötare på en kirurgisk avdelning i Helsingfors.
            Jag har jobbat inom vården i 22 år och handlett många studerande och nya kolleger,
            också sådana som har utbildat sig utomlands.
        """),
        goals=text("""
            Jag kan förklara hur vården fungerar i Finland och vad Valvira-processen innebär i
            praktiken. Vi kan öva det språk man behöver på avdelningen, på svenska eller finska.
            Jag vet också vilka arbetsgivare som anställer skötare med utländsk examen.
        """),
    ),
    Person(
        "Jukka Laaksonen", MAN, "fi:native en:fluent sv:basic",
        fields=("construction", "engineering"),
        topics=("vocabulary", "job_search", "work_culture", "recognition"),
        writes="fi",
        background=text("""
            Olen rakennusinsinööri ja työskentelen vastaavana työnjohtajana rakennusliikkeessä
            Vantaalla. Kerrostalotyömailla minulla on ollut paljon ulkomaalaisia työntekijöitä,
            ja tiedän, miten tärkeää yhteinen kieli on työturvallisuuden kannalta.
        """),
        goals=text("""
            Voin kertoa, miten rakennusala Suomessa toimii, mitä pätevyyksiä tarvitaan ja keitä
            kannattaa lähestyä. Voin myös ottaa mukaan työmaakäynnille, jos työnantaja sallii,
            ja käydä läpi työmaan sanastoa. Puhun suomea ja englantia, ruotsia vähän.
        """),
    ),
    Person(
        "Sanna Kivelä", WOMAN, "fi:native en:fluent sv:good",
        fields=("education",),
        topics=("studies", "recognition", "language", "work_culture"),
        writes="fi",
        background=text("""
            Olen luokanopettaja helsinkiläisessä koulussa, jossa puolella oppilaista on muu
            kotikieli kuin suomi. Olen myös ohjannut maahanmuuttajataustaisia opettajia, jotka
            ovat tehneet koulussamme harjoittelua.
        """),
        goals=text("""
            Voin kertoa, miten suomalainen koulu ja varhaiskasvatus toimivat ja miten opettajan
            kelpoisuuden voi saada Suomessa. Autan mielelläni opiskelupaikan etsimisessä ja
            kielen harjoittelussa. Tapaan mieluiten kasvokkain, esimerkiksi kirjastossa.
        """),
    ),
    Person(
        "Carl-Johan Nyberg", MAN, "sv:native fi:fluent en:fluent de:good",
        fields=("finance", "business"),
        topics=("networking", "entrepreneurship", "job_search"),
        writes="sv",
        capacity=2,
        availability=("mon_morning", "tue_morning", "tue_afternoon", "thu_morning"),
        background=text("""
            Jag är ekonom och var ekonomidirektör på ett medelstort industriföretag tills jag
            gick i pension förra året. Under min karriär har jag jobbat i Finland, Sverige och
            Tyskland och lett team med folk från många länder.
        """),
        goals=text("""
            Jag har tid och vill gärna dela med mig av det jag lärt mig om ekonomi, bokslut och
            hur finländska företag fungerar. Jag känner många i branschen och kan hjälpa till
            att bygga ett nätverk. Jag hjälper också gärna den som funderar på att starta eget
            företag.
        """),
    ),
    Person(
        "Olga Smirnova", WOMAN, "ru:native fi:fluent en:good",
        fields=("finance",),
        topics=("recognition", "job_search", "language"),
        writes="fi",
        background=text("""
            Muutin Pietarista Suomeen vuonna 2004. Opiskelin täällä tradenomiksi, ja olen nyt
            ollut 15 vuotta kirjanpitäjänä tilitoimistossa Helsingissä. Tiedän omasta
            kokemuksesta, kuinka vaikeaa alussa on saada ensimmäinen työpaikka.
        """),
        goals=text("""
            Voin auttaa taloushallinnosta kiinnostuneita: mitä tutkintoja täällä arvostetaan,
            miten kirjanpito eroaa Venäjän käytännöistä ja miten työnhaku kannattaa aloittaa.
            Voimme puhua suomea, venäjää tai englantia, mutta suomen harjoittelu on minusta
            tärkeintä.
        """),
    ),
    Person(
        "Reza Ahmadi", MAN, "fa:native fi:fluent en:fluent sv:basic",
        fields=("engineering", "industry"),
        topics=("job_search", "interviews", "networking", "vocabulary"),
        capacity=2,
        note="FIKA mentor in 2024 as well. Happy to take two mentees.",
        background=text("""
            I came to Finland from Tehran in 2008 to do a master's in mechanical engineering,
            and stayed. I have worked for an elevator and escalator manufacturer in Espoo for
            twelve years, and now lead a product development team. I speak Persian, Finnish
            and English, and some Swedish.
        """),
        goals=text("""
            I remember well how hard my first job search was, so I can give practical advice
            on applying for engineering jobs, reading Finnish job ads and preparing for
            interviews. I can also introduce my mentee to people in industry and help them
            practise technical Finnish. Meeting online or in Espoo both work for me.
        """),
    ),
    Person(
        "Emma Björklund", WOMAN, "sv:native fi:fluent en:fluent",
        fields=("marketing", "media"),
        topics=("networking", "online_presence", "language", "career_change"),
        writes="sv",
        background=text("""
            Jag är kommunikationschef på en finlandssvensk stiftelse och har tidigare jobbat
            som journalist på en dagstidning i tio år. Jag skriver, redigerar och planerar
            kampanjer på svenska, finska och engelska.
        """),
        goals=text("""
            Jag kan berätta hur kommunikations- och marknadsföringsbranschen ser ut i Finland,
            hur man bygger ett nätverk och hur en bra LinkedIn-profil ser ut. Gärna en mentee
            som vill öva svenska!
        """),
    ),
    Person(
        "Teemu Heikkinen", MAN, "fi:native en:fluent sv:basic",
        fields=("it",),
        topics=("cv", "interviews", "job_search"),
        writes="fi",
        meeting=ONLINE,
        paused=True,
        note="Paused until January (a busy project at work).",
        background=text("""
            Työskentelen ohjelmistokehittäjänä ja tiiminvetäjänä helsinkiläisessä
            ohjelmistotalossa. Olen tehnyt web-kehitystä 12 vuotta, ja meidän tiimissämme
            työkieli on englanti.
        """),
        goals=text("""
            Voin auttaa IT-alan työnhaussa: CV:n ja portfolion läpikäynti, teknisten
            haastattelujen harjoittelu ja vinkit siitä, missä työpaikkoja oikeasti on. Syksyn
            projekti vie nyt paljon aikaa, joten voin ottaa mentoroitavan vasta tammikuussa.
        """),
    ),
    Person(
        "Linda Wikström", WOMAN, "sv:native fi:good en:good",
        fields=("hospitality",),
        topics=("entrepreneurship", "working_life_rights", "job_search"),
        writes="sv",
        meeting=IN_PERSON,
        background=text("""
            Jag driver en lunchrestaurang och ett cateringföretag i Helsingfors sedan 2012 och
            har tolv anställda, nästan hälften med utländsk bakgrund. Innan dess jobbade jag
            som kock i Stockholm och på Åland.
        """),
        goals=text("""
            Jag kan berätta hur det är att starta och driva företag i restaurangbranschen i
            Finland: tillstånd, hygienpass, bokföring och hur man anställer. Jag kan också
            hjälpa den som söker jobb inom restaurang eller hotell. Vi kan träffas på min
            restaurang.
        """),
    ),
    Person(
        "Marjatta Salo", WOMAN, "fi:native sv:good en:good",
        fields=("public", "health"),
        topics=("society", "working_life_rights", "language"),
        writes="fi",
        meeting=IN_PERSON,
        availability=("mon_morning", "wed_morning", "wed_afternoon", "fri_morning"),
        note="Interviewed {interviewed}. Retired, free in the daytime, prefers to meet in person.",
        background=text("""
            Olen eläkkeellä oleva sosiaalityöntekijä. Tein 30 vuotta töitä Helsingin
            kaupungilla, viimeiset vuodet maahanmuuttajapalveluissa. Asun nykyään Porvoossa,
            mutta käyn Helsingissä joka viikko.
        """),
        goals=text("""
            Tunnen hyvin suomalaisen palvelujärjestelmän ja sosiaalialan, ja voin auttaa
            ymmärtämään, miten Kela, työllisyyspalvelut ja kaupungin palvelut toimivat. Minulla
            on aikaa, ja harjoittelen mielelläni suomea mentoroitavan kanssa kahvin äärellä.
        """),
    ),
    Person(
        "Katarina Lönnqvist", WOMAN, "sv:native fi:fluent en:good",
        fields=("education",),
        topics=("recognition", "studies", "language", "work_culture"),
        writes="sv",
        capacity=2,
        background=text("""
            Jag är barnträdgårdslärare och föreståndare för ett svenskspråkigt daghem i
            Helsingfors. Hos oss jobbar pedagoger från sex länder, och jag har introducerat
            många nya kolleger i den finländska småbarnspedagogiken.
        """),
        goals=text("""
            Jag kan berätta hur daghem och skola fungerar i Finland, vilken behörighet som
            krävs och hur man söker jobb inom småbarnspedagogik. Vi kan öva svenska eller
            finska, och jag träffas gärna på ett kafé i centrum.
        """),
    ),
    # Waiting for screening.
    Person(
        "Daniel Holmberg", MAN, "sv:native fi:fluent en:good",
        fields=("logistics",),
        topics=("career_change", "job_search", "interviews"),
        writes="sv",
        status=SUBMITTED,
        capacity=2,
        background=text("""
            Jag är lagerchef på ett logistikföretag i Vanda och har jobbat inom logistik i
            femton år, från truckförare till chef. Ungefär hälften av mina medarbetare har
            invandrarbakgrund.
        """),
        goals=text("""
            Jag kan berätta hur logistikbranschen fungerar, vilka utbildningar och kort som
            behövs och hur man kan avancera. Jag kan också hjälpa till med ansökningar och
            intervjuer.
        """),
    ),
    Person(
        "Aino Rantanen", WOMAN, "fi:native en:fluent sv:good",
        fields=("research", "environment"),
        topics=("career_change", "networking", "cv"),
        writes="fi",
        status=SUBMITTED,
        background=text("""
            Olen tutkijatohtori Helsingin yliopistossa ja tutkin metsien hiilensidontaa.
            Ryhmässäni on tutkijoita kymmenestä maasta, ja olen itsekin ollut postdocina
            Kanadassa.
        """),
        goals=text("""
            Voin auttaa tutkijoita ja tohtoreita, jotka miettivät uraa Suomessa yliopistossa tai
            sen ulkopuolella. Voin kertoa rahoitushauista ja akateemisesta verkostoitumisesta
            sekä siitä, miten tutkijan CV muokataan yritysten haluamaan muotoon.
        """),
    ),
    # Decided otherwise.
    Person(
        "Kristian Lund", MAN, "sv:native fi:fluent en:fluent",
        fields=("law",),
        topics=("recognition", "working_life_rights", "career_change"),
        writes="sv",
        status=WAITLISTED,
        note="On parental leave from February; would like to start in the August intake.",
        background=text("""
            Jag är jurist på en advokatbyrå i Helsingfors och jobbar främst med arbetsrätt. Jag
            har själv studerat ett år i Nederländerna och vet hur det är att vara ny i ett land.
        """),
        goals=text("""
            Jag kan förklara hur juristyrket och rättssystemet fungerar i Finland och vilka
            vägar det finns för den som har en utländsk juristexamen. Jag kan också ge råd om
            rättigheter i arbetslivet.
        """),
    ),
)  # fmt: skip

FIKA = Programme(
    org_slug=ORG_SLUG,
    org_name="Luckan Integration",
    # A Finland-Swedish name for a Finland-Swedish organisation.
    coordinator="Annika Sundström",
    coordinator_email=COORDINATOR_EMAIL,
    slug=PROGRAM_SLUG,
    name="Hanki oma mentorisi – FIKA",
    summary=(
        "Six months with a mentor who knows life and work in Finland, for people who have "
        "moved to the capital region."
    ),
    audience=text("""
        Mentees have moved to Finland, live in the capital region (Helsinki, Espoo, Vantaa or
        Kauniainen) and have a residence permit. They want support with work, studies or
        settling in. Mentors feel established in Finland and want to share what they know. No
        earlier experience as a mentor is needed, and Swedish is a plus: many of our mentees
        are learning it.
    """),
    description=text("""
        FIKA pairs a newcomer with a volunteer mentor for six months. The pair meets about 4–8
        hours a month, in person or online, and decides together what to focus on: work and
        studies, networks, language practice or everyday life in Finland. The programme starts
        with a kick-off where the pairs meet for the first time, continues with group sessions
        for mentees and mentors, and ends with a closing evaluation. You can use Finnish,
        Swedish or English, and many pairs practise a language together.
    """),
    pairing=text("""
        Mentees do not choose their mentor. Our coordinators interview everyone and make the
        pairs, looking at interests, background, resources and wishes. Pairs are mostly of the
        same gender.
    """),
    duration_months=6,
    commitment="4–8 hours a month",
    languages=("fi", "sv", "en"),
    asks_gender=True,
    allows_gender_wish=False,
    opened_days_ago=21,
    closes_in_days=28,
    starts_after_days=21,
    home_region="FI-18",
    meeting_weights={IN_PERSON: 2, ONLINE: 1, EITHER: 6},
    mentees=MENTEES,
    mentors=MENTORS,
    example_mentee="Olena Kovalenko",
    example_mentor="Reza Ahmadi",
)
