"""The words the synthetic articles are made of: a small list per language.

With the letters that matter (ąčęėįšųūž, Cyrillic with ё) and nothing the checker takes for a pasted
EU disclosure ("projekto nr", "projekto partneris", …), so the generated site passes ``make check``.
The order of each list is part of the seed: changing it changes every generated article.
"""


def _split(text: str) -> list[str]:
    return text.split()


WORDS = {
    "lt": _split("""
    socialinių paslaugų centras darbuotojai senjorai šeimos vaikai bendruomenė savanoriai globos namuose
    pagalba slaugos reabilitacijos užsiėmimai susitikimas renginys dalyvavo mokymai patirtimi dalijosi
    gyventojai miesto savivaldybės įstaigos skyriaus vadovė psichologė konsultacijos negalia neįgaliųjų
    draugija dienos centras lankytojai džiaugėsi šventė kartu pasveikino įteikė dovanų knygų arbatos
    puodelio ekskursija Visagino Utenos Vilniaus kultūros bažnyčioje paplūdimiu fontanu gražiai šiltai
    rudens žiemos pavasario vasaros mėnesį savaitę šiandien vakar nuoširdžiai ačiū padėkojo išklausė
    aptarė sprendimus iššūkius sunkumus emocinį palaikymą bendravimą draugystę jaunimas mamos tėvai
    seneliai anūkai kūrybinės dirbtuvės piešė dainavo šoko žaidė skaitė rašė laiškus sveikatos
    stiprinimo mankšta vaikščiojo gamtoje sodino gėles
    """),
    "ru": _split("""
    социальных услуг центр работники пожилые семьи дети община волонтёры уход на дому помощь
    реабилитация занятия встреча мероприятие участвовали обучение опытом делились жители города
    самоуправления учреждения отдела руководитель психолог консультации инвалидностью общество дневной
    центр посетители радовались праздник вместе поздравили вручили подарки книги чашкой чая экскурсия
    Висагинаса Утены Вильнюса культуры храме пляжем фонтаном красиво тепло осени зимы весны лета месяц
    неделю сегодня вчера искренне спасибо поблагодарили выслушали обсудили решения трудности
    эмоциональную поддержку общение дружбу молодёжь мамы родители бабушки дедушки внуки творческие
    мастерские рисовали пели танцевали играли читали писали письма здоровья зарядка гуляли на природе
    сажали цветы ещё всё
    """),
    "en": _split("""
    social services centre staff seniors families children community volunteers home care support
    rehabilitation activities meeting event took part training experience shared residents town
    municipality institutions department head psychologist advice disability society day centre visitors
    enjoyed celebration together greeted presented gifts books cup of tea excursion Visaginas Utena
    Vilnius culture church beach fountain warmly autumn winter spring summer month week today yesterday
    sincerely thanks listened discussed solutions challenges difficulties emotional support friendship
    young people mothers parents grandparents grandchildren creative workshops drew sang danced played
    read wrote letters health exercise walked outdoors planted flowers
    """),
}
QUOTES = {"lt": ("„", "“"), "ru": ("«", "»"), "en": ("“", "”")}
