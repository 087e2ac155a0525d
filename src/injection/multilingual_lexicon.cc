// The phrase lexicon of MultilingualHeuristics (multilingual_lexicon.h).
// One row per concept and language: es, pt, fr, de, it, nl, pl, ru, uk, tr,
// ar, hi, zh, ja, ko, vi, id, sv; English only where it appears inside
// text in another language (English text has the rules of heuristics.cc).
#include "injection/multilingual_lexicon.h"

namespace convoguard::injection::ml {
namespace {

constexpr LexiconRow kRows[] = {
    // --- ignore, forget, disregard
    {kOverride, "ignora*|ignore*|ignoren|olvida*|olvide*|olvídate|descarta*|omite*|haz caso omiso|no hagas caso|"
                "deja de lado|pasa por alto|deja de seguir|no sigas"},                                        // es
    {kOverride, "ignora*|ignore*|esqueça*|esqueca*|esquece*|descarte*|desconsidere*|desconsidera*|deixe de lado|"
                "não siga|nao siga|pare de seguir|deixa de seguir"},                                           // pt
    {kOverride, "ignore*|ignorez|oublie*|fais abstraction|faites abstraction|ne tiens pas compte|"
                "ne tenez pas compte|fais fi|écarte*|laisse tomber|passe outre|outrepasse*|ne suis plus|"
                "ne respecte plus|arrête de suivre"},                                                          // fr
    {kOverride, "ignorier*|vergiss|vergesst|vergessen sie|missachte*|verwirf|verwerfen|übergehe*|"
                "setze außer kraft|hör auf|befolge nicht|befolge keine"},                                      // de
    {kOverride, "ignora*|dimentica*|trascura*|scarta*|non seguire|non tenere conto|lascia perdere|"
                "smetti di seguire|non rispettare"},                                                           // it
    {kOverride, "negeer*|vergeet|vergeten|sla over|gooi weg|volg niet|volg geen|niet meer volgen"},            // nl
    {kOverride, "zignoruj*|ignoruj*|zapomnij*|pomiń*|pomin*|odrzuć*|porzuć*|nie stosuj się|nie przestrzegaj|"
                "przestań przestrzegać"},                                                                      // pl
    {kOverride, "игнорируй*|проигнорируй*|забудь*|отбрось*|не обращай внимания|не следуй|пренебреги*|"
                "перестань следовать|не соблюдай"},                                                            // ru
    {kOverride, "ігноруй*|проігноруй*|забудь*|відкинь*|не зважай|не звертай уваги|не дотримуйся|"
                "перестань дотримуватися"},                                                                    // uk
    {kOverride, "unut*|yok say*|görmezden gel*|gormezden gel*|dikkate alma|önemseme|boşver*|uyma"},           // tr
    {kOverride, "تجاهل|انسَ|اِنسَ|لا تتبع|لا تلتزم|تخل عن|تخلَّ عن|اترك"},                                    // ar
    {kOverride, "अनदेखा*|नज़रअंदाज़*|नज़रअंदाज़*|नजरअंदाज*|भूल जा*|ध्यान मत|ध्यान न|मत मानो|पालन मत|पालन न|"
                "ignore kar*|bhool ja*|bhul ja*"},                                                             // hi
    {kOverride, "忽略|忽视|忽視|无视|無視|忘记|忘掉|忘記|不要理会|不理会|抛开|拋開|丢弃|不再遵守|不要遵守|"
                "停止遵循|别管|不用管"},                                                                         // zh
    {kOverride, "無視|忘れ|従わな|破棄し|気にしな"},                                                            // ja
    {kOverride, "무시|잊어|잊고|잊으|따르지 마|따르지 말|버려|폐기"},                                           // ko
    {kOverride, "bỏ qua|phớt lờ|lờ đi|quên|không tuân theo|đừng tuân theo|đừng làm theo|không làm theo"},  // vi
    {kOverride, "abaikan|lupakan|acuhkan|jangan hiraukan|jangan ikuti|tidak usah ikuti|hentikan"},            // id
    {kOverride, "ignorera*|glöm*|strunta i|bortse från"},                                                      // sv

    // --- previous, above, earlier (and "everything above": prior content)
    {kPrior, "anterior*|previa*|previo*|precedente*|de arriba|hasta ahora|iniciales|original*"},             // es
    {kPrior | kInstr, "todo lo anterior|todo lo de arriba"},                             // es
    {kPrior, "anterior*|prévia*|previa*|prévio*|precedente*|acima|até agora|iniciais|original*"},            // pt
    {kPrior | kInstr, "tudo o que foi dito|tudo acima|tudo o que está acima"},                                // pt
    {kPrior, "précédent*|precedent*|antérieur*|ci dessus|plus haut|jusqu ici|initiales|originale*"},         // fr
    {kPrior | kInstr, "tout ce qui précède|tout ce qui precede|tout ce qui est au dessus"},                   // fr
    {kPrior, "vorherig*|vorige*|bisherig*|obig*|vorangegangen*|vorhergehend*|zuvor|ursprünglich*|früheren"}, // de
    {kPrior | kInstr, "alles davor|alles bisherige|alles vorherige|alles oben"},                              // de
    {kPrior, "precedent*|anterior*|sopra|finora|fino ad ora|iniziali|original*"},                            // it
    {kPrior | kInstr, "tutto quello che precede|tutto ciò che precede|tutto quanto sopra"},                   // it
    {kPrior, "vorige|eerdere|voorgaande|bovenstaande|hierboven|tot nu toe|oorspronkelijke|oude"},             // nl
    {kPrior, "poprzedni*|wcześniejsz*|wczesniejsz*|powyższ*|powyzsz*|dotychczasow*|początkow*"},              // pl
    {kPrior, "предыдущ*|прежн*|предшествующ*|вышеуказанн*|вышеизложенн*|выше|ранее|изначальн*|"
             "первоначальн*"},                                                                                 // ru
    {kPrior | kInstr, "всё что было выше|все что было выше|всё выше|всё предыдущее|все предыдущие"},          // ru
    {kPrior, "попередн*|вище|раніше|досі|початков*|первинн*"},                                               // uk
    {kPrior, "önceki|onceki|yukarıdaki|yukaridaki|daha önceki|şimdiye kadarki|ilk verilen|eski"},            // tr
    {kPrior, "السابقة|السابق|سابقة|أعلاه|المسبقة|الأصلية"},                                                    // ar
    {kPrior, "पिछल*|पहले के|पहले दिए|पहले दी|ऊपर के|ऊपर दिए|ऊपर लिखे|पूर्व|मूल"},                                // hi
    {kPrior, "之前|以前|先前|上面|上述|此前|原来的|原先|前面的|以上|原本的"},                                   // zh
    {kPrior, "以前の|これまでの|前の|上記|先ほどの|最初の|以上の|元の"},                                       // ja
    {kPrior, "이전|앞의|앞서|위의|지금까지|기존|처음|원래"},                                                    // ko
    {kPrior, "trước đó|trước đây|ở trên|phía trên|ban đầu|từ trước"},                                       // vi
    {kPrior, "sebelumnya|di atas|terdahulu|awal|semula"},                                                    // id
    {kPrior, "tidigare|föregående|ovanstående|ursprungliga"},                                                // sv

    // --- instructions, rules, guidelines, directives, prompt
    {kInstr, "instruccion*|instrucción|indicacion*|indicación|regla*|norma|normas|directriz|directrices|órdenes|"
             "pauta*|prompt*|consigna*"},                                                                      // es
    {kInstr, "instruç*|instruc*|regra*|diretriz*|orientaç*|ordens|comando*|prompt*"},                          // pt
    {kInstr, "instruction*|consigne*|règle|règles|regle|regles|directive*|ordres|prompt*"},                                // fr
    {kInstr, "anweisung*|instruktion*|regel|regeln|richtlinie*|vorgabe*|befehl*|vorschrift*|prompt*|"
             "systemanweisung*"},                                                                              // de
    {kInstr, "istruzion*|regola|regole|direttiv*|indicazion*|linee guida|prompt*"},                            // it
    {kInstr, "instructie*|regels|richtlijn*|opdracht*|aanwijzing*|prompt*"},                                   // nl
    {kInstr, "instrukcj*|polece*|zasad*|reguł*|regul*|wytyczn*|prompt*"},                                      // pl
    {kInstr, "инструкци*|указани*|правила|правил|правилам|правилами|правилах|правило|директив*|команд*|установк*|промпт*|промт*|распоряжени*"},          // ru
    {kInstr, "інструкці*|вказівк*|правила|правил|правилами|правило|директив*|команд*|промпт*|настанов*"},                              // uk
    {kInstr, "talimat*|kural*|yönerge*|yonerge*|komut*|prompt*|istem|istemi|istemini"},                                       // tr
    {kInstr, "تعليمات|أوامر|اوامر|قواعد|إرشادات|ارشادات|توجيهات|موجه|موجّه"},                                   // ar
    {kInstr, "निर्देश*|नियम*|हिदायत*|आदेश*|प्रॉम्प्ट*|प्रोम्प्ट*"},                                                    // hi
    {kInstr, "指令|指示|规则|規則|提示词|提示詞|命令|规定"},                                           // zh
    {kInstr, "指示|命令|ルール|規則|プロンプト|指令"},                                                     // ja
    {kInstr, "지시|지침|규칙|명령|프롬프트"},                                                              // ko
    {kInstr, "hướng dẫn|chỉ dẫn|chỉ thị|quy tắc|luật lệ|mệnh lệnh|lệnh|lời nhắc"},                          // vi
    {kInstr, "instruksi*|perintah*|aturan*|pedoman*|arahan*|petunjuk*|prompt*"},                               // id
    {kInstr, "instruktion*|regler*|riktlinjer*|direktiv*"},                                                    // sv

    // --- hidden, secret, confidential, initial, the developer's
    {kSetupQual, "ocult*|secret*|confidencial*|interno|interna|internos|internas|desarrollador*|operador*|inicial*"},          // es
    {kSetupQual, "ocult*|secret*|confidencia*|interno|interna|internos|internas|desenvolvedor*|operador*|inici*"},                      // pt
    {kSetupQual, "caché*|cachée*|secret*|confidentiel*|interne|internes|développeur*|developpeur*|opérateur*|initia*"}, // fr
    {kSetupQual, "versteckt*|geheim*|vertraulich*|interne|internen|entwickler*|betreiber*|anfänglich*|verborgen*"},    // de
    {kSetupQual, "nascost*|segret*|riservat*|confidenzial*|interno|interna|interne|interni|sviluppator*|operator*|inizial*"},         // it
    {kSetupQual, "verborgen*|geheim*|vertrouwelijk*|interne|ontwikkelaar*|beheerder*|oorspronkelijk*"},       // nl
    {kSetupQual, "ukryt*|tajn*|poufn*|wewnętrzn*|deweloper*|programist*|operator*|twórc*"},                   // pl
    {kSetupQual, "скрыт*|секретн*|тайн*|конфиденциальн*|внутренн*|разработчик*|оператор*|исходн*|создател*"},  // ru
    {kSetupQual, "прихован*|секретн*|таємн*|конфіденційн*|внутрішн*|розробник*|оператор*|творц*"},            // uk
    {kSetupQual, "gizli*|saklı*|dahili*|geliştirici*|gelistirici*|operatör*|orijinal*"},                      // tr
    {kSetupQual, "المخفية|مخفية|السرية|سرية|الداخلية|المطور|المطوّر|مطور|المشغل"},                              // ar
    {kSetupQual, "छिपे|छुपे|छिपी|छुपी|गुप्त|गोपनीय|डेवलपर|आंतरिक"},                                               // hi
    {kSetupQual, "隐藏|隱藏|秘密|保密|机密|機密|内部|开发者|開發者|开发人员|初始|原始"},                       // zh
    {kSetupQual, "隠され|隠し|秘密|機密|内部|開発者|運営|初期"},                                               // ja
    {kSetupQual, "숨겨진|숨은|비밀|기밀|내부|개발자|운영자|초기"},                                              // ko
    {kSetupQual, "ẩn|bí mật|nội bộ|nhà phát triển|lập trình viên|nhà phát hành"},                          // vi
    {kSetupQual, "tersembunyi|rahasia|internal|pengembang|developer|operator"},                              // id
    {kSetupQual, "dolda|hemlig*|konfidentiell*|utvecklare*"},                                                // sv

    // --- the system prompt, as one noun; and "what was written before my first message"
    {kSysPrompt, "prompt del sistema|prompt de sistema|instrucciones del sistema|instrucciones de sistema|"
                 "prompt inicial|prompt original|mensaje de sistema"},                                        // es
    {kSysPrompt, "prompt do sistema|prompt de sistema|instruções do sistema|instrucoes do sistema|"
                 "instruções de sistema|prompt inicial|prompt original"},                                     // pt
    {kSysPrompt, "prompt système|prompt systeme|prompt du système|invite système|instructions système|"
                 "instructions du système|consignes système|prompt initial"},                                 // fr
    {kSysPrompt, "systemprompt*|system prompt*|systemanweisung*|systeminstruktion*|systemvorgabe*|"
                 "anfangsprompt*|startprompt*"},                                                               // de
    {kSysPrompt, "prompt di sistema|prompt del sistema|istruzioni di sistema|istruzioni del sistema|"
                 "prompt iniziale"},                                                                           // it
    {kSysPrompt, "systeemprompt*|systeeminstructie*|systeem prompt*|systeemopdracht*"},                        // nl
    {kSysPrompt, "prompt* systemow*|prompt* systemu|instrukcj* systemow*|instrukcj* systemu"},                 // pl
    {kSysPrompt, "системн* промпт*|системн* промт*|системн* инструкци*|системн* подсказк*|"
                 "системн* сообщени*"},                                                                        // ru
    {kSysPrompt, "системн* промпт*|системн* інструкці*|системн* підказк*"},                                   // uk
    {kSysPrompt, "sistem prompt*|sistem istem*|sistem talimat*|sistem mesaj*"},                                // tr
    {kSysPrompt, "موجه النظام|موجّه النظام|تعليمات النظام|برومبت النظام"},                                      // ar
    {kSysPrompt, "सिस्टम प्रॉम्प्ट*|सिस्टम प्रोम्प्ट*|सिस्टम निर्देश*|system prompt*"},                              // hi
    {kSysPrompt, "系统提示|系統提示|系统指令|系統指令|系统设定|系統設定|系统prompt|系统 prompt|系统消息"},     // zh
    {kSysPrompt, "システムプロンプト|システム指示|システムメッセージ|初期プロンプト"},                         // ja
    {kSysPrompt, "시스템 프롬프트|시스템프롬프트|시스템 지시|시스템 지침|시스템 명령|초기 프롬프트"},           // ko
    {kSysPrompt, "lời nhắc hệ thống|hướng dẫn hệ thống|chỉ dẫn hệ thống|prompt hệ thống|chỉ thị hệ thống"},  // vi
    {kSysPrompt, "prompt sistem|instruksi sistem|perintah sistem|pesan sistem"},                              // id
    {kSysPrompt, "systemprompt*|systeminstruktion*"},                                                         // sv
    {kSysPrompt | kYour, "antes de mi primer mensaje|antes da minha primeira mensagem|avant mon premier message|"
                         "vor meiner ersten nachricht|prima del mio primo messaggio|voor mijn eerste bericht|"
                         "przed moją pierwszą wiadomością|до моего первого сообщения|до мого першого повідомлення|"
                         "ilk mesajımdan önce|قبل رسالتي الأولى|मेरे पहले संदेश से पहले|在我的第一条消息之前|"
                         "最初のメッセージより前|最初のメッセージの前|내 첫 메시지 전|첫 메시지 이전|"
                         "trước tin nhắn đầu tiên của tôi|sebelum pesan pertamaku|sebelum pesan pertama saya|"
                         "före mitt första meddelande|before my first message"},

    // --- show, print, repeat, reveal, write out, tell me
    {kReveal, "muestra*|muéstra*|mostrar|enséñame|ensename|imprime*|revela*|repite*|repetir|escribe*|"
              "escríbe*|copia*|dime|dinos|dame|comparte*|transcribe*|reproduce*|cita*|traduce*"},             // es
    {kReveal, "mostre*|mostra*|imprima*|revele*|revela*|repita*|repete*|escreva*|reescreva*|copie*|diga*|"
              "me dê|me de|compartilhe*|transcreva*|reproduza*|exiba*|exibe*|traduza*"},                      // pt
    {kReveal, "montre*|affiche*|imprime*|révèle*|revele*|répète*|repete*|écris*|ecris*|réécris*|recopie*|"
              "copie*|dis moi|dites moi|donne moi|donnez moi|partage*|cite*|reproduis*|traduis*"},           // fr
    {kReveal, "zeig*|gib|gebt|druck*|ausgeben|verrate*|verrat|wiederhole*|schreib*|kopier*|sag mir|"
              "nenne*|nenn|enthülle*|offenbare*|übersetze*|zitier*|poste*|gib aus"},                          // de
    {kReveal, "mostra*|stampa*|rivela*|ripeti*|scrivi*|copia*|dimmi|dicci|dammi|condividi*|riporta*|"
              "cita*|traduci*|incolla*"},                                                                      // it
    {kReveal, "toon*|print*|herhaal*|onthul*|schrijf*|kopieer*|vertel*|geef*|deel*|citeer*|vertaal*|"
              "plak*|laat zien|laat me zien"},                                                                 // nl
    {kReveal, "pokaż*|pokaz*|wypisz*|wyświetl*|wyswietl*|ujawnij*|powtórz*|powtorz*|napisz*|skopiuj*|"
              "powiedz*|podaj*|udostępnij*|przetłumacz*|wklej*|zacytuj*"},                                    // pl
    {kReveal, "покажи*|выведи*|раскрой*|повтори*|напиши*|скопируй*|скажи*|дай|дайте|поделись*|перечисли*|"
              "процитируй*|воспроизведи*|распечатай*|переведи*|выдай*|вставь*|перескажи*|озвучь*"},           // ru
    {kReveal, "покажи*|виведи*|розкрий*|повтори*|напиши*|скопіюй*|скажи*|дай|поділись*|поділися*|"
              "перелічи*|процитуй*|переклади*|видай*|озвуч*"},                                                // uk
    {kReveal, "göster*|goster*|yazdır*|yazdir*|yaz|yazın|yazar mısın|yazabilir*|tekrarla*|kopyala*|"
              "söyle*|soyle*|ver|paylaş*|listele*|çevir*|ifşa*|açıkla*"},                                     // tr
    {kReveal, "اعرض|أظهر|اظهر|اطبع|اكشف|كرر|كرّر|اكتب|انسخ|أخبرني|اخبرني|قل لي|أعطني|اعطني|شارك|ترجم|"
              "أرني|ارني|أرِني|ترى لي"},                                                                        // ar
    {kReveal, "दिखा*|बता*|लिखो|लिखिए|लिखें|लिख दो|दोहरा*|प्रिंट*|कॉपी*|साझा कर*|शेयर कर*|dikhao|batao|likho"},      // hi
    {kReveal, "显示|顯示|输出|輸出|打印|列出|展示|透露|泄露|洩露|告诉我|告訴我|重复|重複|复述|复制|複製|"
              "给我看|給我看|发给我|写出|寫出|翻译|公开|贴出"},                                                 // zh
    {kReveal, "表示|出力|見せ|教え|繰り返|書き出|開示|貼り|コピー|翻訳|印刷|列挙|明か"},                       // ja
    {kReveal, "보여|출력|알려|말해|공개|반복|복사|적어|써 줘|써줘|번역|인쇄|나열|밝혀"},                        // ko
    {kReveal, "hiển thị|in ra|cho tôi xem|cho mình xem|cho xem|tiết lộ|lặp lại|nhắc lại|viết ra|sao chép|"
              "chép lại|nói cho|cho biết|chia sẻ|liệt kê|đưa ra"},                                           // vi
    {kReveal, "tampilkan|tunjukkan|cetak|ungkapkan|ulangi|tuliskan|salin|beri tahu|beritahu|katakan|"
              "bagikan|sebutkan|terjemahkan|perlihatkan|berikan"},                                            // id
    {kReveal, "visa*|skriv ut|skriv*|upprepa*|avslöja*|kopiera*|berätta*|ge mig|dela*"},                     // sv

    // --- word for word, verbatim
    {kVerbatim, "palabra por palabra|textualmente|literalmente|al pie de la letra|íntegr*|integr*|tal cual|"
                "sin resumir|tal y como"},                                                                     // es
    {kVerbatim, "palavra por palavra|literalmente|na íntegra|na integra|textualmente|sem resumir|tal como"},  // pt
    {kVerbatim, "mot pour mot|mot à mot|mot a mot|textuellement|verbatim|intégralement|integralement|"
                "sans résumer|sans resumer|tel quel|telles quelles"},                                         // fr
    {kVerbatim, "wortwörtlich|wörtlich|wortgetreu|wort für wort|unverändert|ohne zusammenfassung|"
                "ohne zu kürzen|vollständig"},                                                                 // de
    {kVerbatim, "parola per parola|alla lettera|testualmente|integralmente|senza riassumere|così com è"},      // it
    {kVerbatim, "woord voor woord|letterlijk|integraal|zonder samen te vatten"},                              // nl
    {kVerbatim, "słowo w słowo|slowo w slowo|dosłownie|doslownie|słowo po słowie|bez skracania|w całości"},  // pl
    {kVerbatim, "дословно|слово в слово|без сокращений|целиком|как есть|без изменений"},                     // ru
    {kVerbatim, "дослівно|слово в слово|без скорочень|повністю|як є"},                                        // uk
    {kVerbatim, "kelimesi kelimesine|harfi harfine|birebir|aynen|özetlemeden|olduğu gibi"},                   // tr
    {kVerbatim, "حرفي|كلمة بكلمة|دون اختصار|بدون اختصار|كما هي|من دون اختصار"},                                 // ar
    {kVerbatim, "शब्दशः|शब्दश|हूबहू|ज्यों का त्यों|बिना बदले|शब्द दर शब्द"},                                          // hi
    {kVerbatim, "原封不动|原封不動|一字不差|一字不漏|逐字|原文|一字一句|完整地"},                                // zh
    {kVerbatim, "一字一句|そのまま|原文|省略せず|要約せず|要約しない|要約は不要|逐語|全文"},                     // ja
    {kVerbatim, "그대로|원문|한 글자도|요약하지 말고|토씨 하나"},                                                // ko
    {kVerbatim, "nguyên văn|từng chữ|từng từ|y nguyên|không tóm tắt"},                                      // vi
    {kVerbatim, "kata demi kata|kata per kata|apa adanya|tanpa meringkas|secara lengkap"},                   // id
    {kVerbatim, "ordagrant|ord för ord"},                                                                    // sv

    // --- given to you, you received
    {kGiven, "te dio|te dieron|te han dado|te ha dado|recibiste|te proporcion*|te configur*|te programar*|"
             "te indicaron|te dijeron|te pusieron"},                                                           // es
    {kGiven, "te deu|te deram|lhe deu|lhe deram|você recebeu|voce recebeu|te passaram|foi dado|"
             "foram dadas|te configurar*"},                                                                    // pt
    {kGiven, "t a donn*|t ont donn*|vous a donn*|as reçu*|avez reçu*|t a fourni*|t a été donn*|t a dit"},     // fr
    {kGiven, "dir gegeben|ihnen gegeben|bekommen hast|erhalten hast|mitgegeben|vorgegeben|dir gesagt|"
             "bekommen hat|du bekommen"},                                                                      // de
    {kGiven, "ti ha dato|ti hanno dato|ti è stato dato|ti sono state date|hai ricevuto|ti ha fornito|"
             "ti hanno fornito|ti hanno detto|ti ha detto"},                                                   // it
    {kGiven, "je gekregen|jou gegeven|heb gekregen|hebt gekregen|meegekregen|je is gegeven"},                 // nl
    {kGiven, "otrzymałeś|otrzymałaś|dostałeś|dostałaś|ci dano|ci podano|przekazano ci|ci dał"},              // pl
    {kGiven, "тебе дали|тебе дал|вам дали|ты получил*|вы получили|тебе задали|тебе задал|тебе сказали|"
             "тебе прописали|были даны|тебе был*"},                                                            // ru
    {kGiven, "тобі дали|тобі дав|ти отримав*|вам дали|тобі сказали|тобі задали"},                             // uk
    {kGiven, "sana verilen|sana verdiği|sana verdikleri|aldığın|size verilen|sana söylenen"},                // tr
    {kGiven, "أعطاك|اعطاك|أعطوك|أعطيت|تلقيت|زودك|زوّدك|قيلت لك"},                                                // ar
    {kGiven, "तुम्हें दिया|तुम्हें दिए|तुम्हें दी|आपको दिए|आपको दिया|आपको दी|दिया था|दिए गए|दिए थे|मिले थे"},             // hi
    {kGiven, "给你的|給你的|给你设定|你收到的|告诉你的|给你写的|对你的设定|为你设定|让你保密"},                 // zh
    {kGiven, "与えられ|渡され|指示され|設定され|受け取った"},                                                    // ja
    {kGiven, "주어진|받은|입력된|설정된|너한테 준|당신에게 준"},                                                 // ko
    {kGiven, "đặt cho bạn|được giao|đưa cho bạn|cung cấp cho bạn|bạn nhận được|cài đặt cho bạn"},           // vi
    {kGiven, "diberikan kepadamu|diberikan kepada anda|diberikan padamu|kamu terima|anda terima|"
             "yang diberikan"},                                                                                // id
    {kGiven, "du fick|du har fått|gav dig"},                                                                  // sv

    // --- your
    {kYour, "tu|tus|vuestro*|vuestra*|seu|sua|seus|suas|teu|tua|teus|tuas|ton|ta|tes|votre|vos|dein*|"
            "tuo|tuoi|tue|vostr*|jouw|uw|twój|twoja|twoje|twoich|twoim|swoje|swój|swoich|wasze|твой|твои|"
            "твоих|твою|твоё|свой|свои|своих|свою|ваш*|твій|твої|свої|свій|senin|sana|size|sizin|"
            "तुम्हार*|आपक*|अपन*|你的|您的|あなたの|君の|너의|당신의|너한테|너에게|당신에게|của bạn|của em|"
            "milikmu|dina|din|ditt"},

    // --- without restrictions, filters, censorship, rules
    {kUnbound, "sin restricciones|sin filtros|sin filtro|sin censura|sin límites|sin limites|sin reglas|"
               "sin ninguna restricción|sin ética|sin moral|sin restricción"},                                 // es
    {kUnbound, "sem restrições|sem restricoes|sem filtros|sem filtro|sem censura|sem limites|sem regras|"
               "sem ética|sem nenhuma restrição"},                                                             // pt
    {kUnbound, "sans restriction*|sans filtre*|sans censure|sans limite*|sans règles|sans aucune restriction|"
               "sans éthique|non censuré*|sans contrainte*"},                                                  // fr
    {kUnbound, "ohne einschränkungen|ohne filter|ohne zensur|ohne grenzen|ohne regeln|ohne beschränkungen|"
               "uneingeschränkt*|ungefiltert*|unzensiert*|ohne jegliche einschränkung*|ohne moral"},           // de
    {kUnbound, "senza restrizioni|senza filtri|senza censura|senza limiti|senza regole|"
               "senza alcuna restrizione|non censurat*|senza etica"},                                         // it
    {kUnbound, "zonder beperkingen|zonder filters|zonder filter|zonder censuur|zonder grenzen|zonder regels|"
               "ongefilterd*|ongecensureerd*"},                                                                // nl
    {kUnbound, "bez ograniczeń|bez ograniczen|bez filtrów|bez filtrow|bez cenzury|bez zasad|bez limitów|"
               "bez reguł|nieocenzurowan*"},                                                                   // pl
    {kUnbound, "без ограничений|без фильтров|без цензуры|без правил|без запретов|без лимитов|"
               "без каких либо ограничений|нецензурн*|бесцензурн*"},                                          // ru
    {kUnbound, "без обмежень|без фільтрів|без цензури|без правил|без заборон"},                               // uk
    {kUnbound, "kısıtlamasız|kısıtlama olmadan|sınırsız|filtresiz|sansürsüz|kuralsız|hiçbir kısıtlama*|"
               "hiçbir kural*|sınır olmadan|sinirsiz|filtresiz"},                                              // tr
    {kUnbound, "بدون قيود|دون قيود|بلا قيود|بدون رقابة|دون رقابة|بدون فلتر|بدون فلاتر|بدون قواعد|"
               "دون قواعد|بلا حدود|بلا رقابة|بدون حدود|بدون أي قيود"},                                          // ar
    {kUnbound, "बिना किसी प्रतिबंध*|बिना प्रतिबंध*|बिना फ़िल्टर|बिना फिल्टर|बिना सेंसर|बिना नियम*|बिना किसी नियम*|"
               "बिना किसी सीमा|कोई प्रतिबंध नहीं|कोई नियम नहीं|कोई सीमा नहीं"},                                           // hi
    {kUnbound, "没有限制|沒有限制|不受限制|无限制|無限制|没有任何限制|不受任何限制|没有过滤|无过滤|无审查|"
               "無審查|没有审查|不受审查|没有规则|不受约束|没有道德|毫无限制"},                                // zh
    {kUnbound, "制限なし|制限のない|制限がない|制限を受けない|フィルターなし|検閲なし|検閲のない|ルールなし|"
               "ルールのない|無制限|制約のない|倫理なし|制限なく"},                                             // ja
    {kUnbound, "제한 없는|제한없는|제한이 없는|제한 없이|필터 없이|필터 없는|검열 없는|검열 없이|규칙 없는|"
               "규칙 없이|무제한|제약 없는|제약 없이"},                                                          // ko
    {kUnbound, "không giới hạn|không có giới hạn|không bị giới hạn|không hạn chế|không có hạn chế|"
               "không kiểm duyệt|không bị kiểm duyệt|không có quy tắc|không có bộ lọc|không bộ lọc"},         // vi
    {kUnbound, "tanpa batasan|tanpa filter|tanpa sensor|tanpa aturan|tanpa batas|tanpa larangan|"
               "tidak terbatas"},                                                                              // id
    {kUnbound, "utan begränsningar|utan filter|utan censur|utan regler"},                                     // sv

    // --- disabled, suspended, lifted
    {kDisabled, "desactivad*|deshabilitad*|suspendid*|levantad*|anulad*|ha desactivado|han desactivado"},      // es
    {kDisabled, "desativad*|desabilitad*|suspens*|removid*|desligad*"},                                       // pt
    {kDisabled, "désactivé*|desactive*|suspendu*|levée*|levé*|supprimé*|a désactivé"},                         // fr
    {kDisabled, "deaktiviert|abgeschaltet|ausgeschaltet|aufgehoben|ausgesetzt|abgestellt|außer kraft"},       // de
    {kDisabled, "disattivat*|disabilitat*|sospes*|rimoss*|revocat*"},                                         // it
    {kDisabled, "uitgeschakeld|gedeactiveerd|opgeheven|opgeschort"},                                          // nl
    {kDisabled, "wyłączon*|wylaczon*|wyłączył*|dezaktywowan*|zawieszon*|zniesion*"},                          // pl
    {kDisabled, "отключен*|отключил*|выключен*|сняты|снят|сняли|отменен*|отменён*|деактивирован*|"
                "приостановлен*"},                                                                             // ru
    {kDisabled, "вимкнен*|вимкнув*|вимкнула|вимкнули|знято|зняті|зняли|скасован*|деактивован*"},              // uk
    {kDisabled, "devre dışı|kaldırıldı|kaldırılmıştır|askıya alındı|iptal edildi|kapatıldı"},                 // tr
    {kDisabled, "معطلة|معطّلة|تعطيل|ألغيت|أُلغيت|ملغاة|مرفوعة|تم إيقاف|تم رفع"},                                  // ar
    {kDisabled, "बंद कर दिए|बंद कर दी|हटा दिए|हटा दी|निष्क्रिय|अक्षम|निलंबित"},                                      // hi
    {kDisabled, "已关闭|已停用|已禁用|已解除|已取消|已移除|关闭了|解除了|禁用了|停用了"},                        // zh
    {kDisabled, "無効化|解除され|停止され|無効に|オフに"},                                                      // ja
    {kDisabled, "비활성화|해제되|해제됐|꺼졌|중지되|해제했"},                                                  // ko
    {kDisabled, "đã tắt|bị tắt|vô hiệu hóa|vô hiệu hoá|đã gỡ bỏ|tạm ngưng"},                              // vi
    {kDisabled, "dinonaktifkan|dimatikan|dicabut|ditangguhkan"},                                             // id
    {kDisabled, "avstängd*|inaktiverad*|upphävd*"},                                                          // sv

    // --- restrictions, filters, safety rules (what is disabled)
    {kLimit, "restriccion*|restricción|filtro*|censura|límite*|salvaguarda*|protecciones|"
             "normas de seguridad|reglas de seguridad"},                                                       // es
    {kLimit, "restriç*|restric*|filtro*|censura|limite*|salvaguarda*|proteç*|diretrizes de segurança|"
             "regras de segurança"},                                                                           // pt
    {kLimit, "restriction*|filtre*|censure|limite*|garde fous|règles de sécurité|protections"},               // fr
    {kLimit, "einschränkung*|beschränkung*|filter*|zensur|grenzen|schutzmechanism*|sicherheitsregel*|"
             "sicherheitsrichtlinie*|sicherheitsfilter*|sicherheitsvorkehrung*|schranken"},                    // de
    {kLimit, "restrizion*|filtr*|censura|limit*|regole di sicurezza|protezion*"},                              // it
    {kLimit, "beperking*|filter*|censuur|grenzen|veiligheidsregels|beveiliging*"},                             // nl
    {kLimit, "ograniczen*|filtr*|cenzur*|zabezpiecze*|zasady bezpieczeństwa|limity"},                          // pl
    {kLimit, "ограничени*|фильтр*|цензур*|запрет*|правила безопасности|защит*"},                               // ru
    {kLimit, "обмежен*|фільтр*|цензур*|заборон*|правила безпеки|захист*"},                                     // uk
    {kLimit, "kısıtlama*|filtre*|sansür*|sınırlama*|güvenlik kural*|koruma*"},                                 // tr
    {kLimit, "القيود|قيود|الفلاتر|فلاتر|الرقابة|رقابة|قواعد الأمان|الحماية|الضوابط|ضوابط"},                      // ar
    {kLimit, "प्रतिबंध*|पाबंदी*|फ़िल्टर*|फिल्टर*|सेंसर*|सुरक्षा नियम*|सीमाए*|सीमाएँ"},                                    // hi
    {kLimit, "限制|过滤|過濾|审查|審查|安全规则|安全规定|安全措施|约束|護欄|护栏"},                              // zh
    {kLimit, "制限|フィルター|検閲|安全ルール|セーフティ|制約|安全規則|ガードレール"},                            // ja
    {kLimit, "제한|필터|검열|안전 규칙|안전 정책|제약|가드레일|안전장치"},                                       // ko
    {kLimit, "giới hạn|hạn chế|bộ lọc|kiểm duyệt|quy tắc an toàn|biện pháp an toàn"},                       // vi
    {kLimit, "batasan|pembatasan|filter|sensor|aturan keamanan|pengaman"},                                   // id
    {kLimit, "begränsning*|filter|censur|säkerhetsregler"},                                                  // sv

    // --- from now on you are, pretend to be, act as
    {kPersona, "a partir de ahora eres|desde ahora eres|ahora eres|finge que eres|finge ser|actúa como|"
               "actua como|interpreta a|interpreta el papel|eres un|eres una|tu nombre es|te llamas|"
               "juego de rol"},                                                                                // es
    {kPersona, "a partir de agora você é|agora você é|agora voce e|finja que é|finja ser|aja como|"
               "atue como|você é um|você é uma|seu nome é|interprete"},                                       // pt
    {kPersona, "à partir de maintenant tu es|désormais tu es|tu es maintenant|fais semblant d être|"
               "fais comme si|agis comme|joue le rôle|tu es un|tu es une|tu t appelles|incarne*"},            // fr
    {kPersona, "ab jetzt bist du|von nun an bist du|du bist jetzt|du bist ab jetzt|tu so als|als wärst du|"
               "spiele die rolle|spiel die rolle|verhalte dich wie|du bist ein|du bist eine|du heißt|"
               "dein name ist"},                                                                               // de
    {kPersona, "d ora in poi sei|da ora sei|ora sei|fingi di essere|fai finta di essere|comportati come|"
               "agisci come|interpreta il ruolo|sei un|sei una|ti chiami"},                                   // it
    {kPersona, "vanaf nu ben je|je bent nu|doe alsof|gedraag je als|speel de rol|je bent een|jij bent een|"
               "je heet"},                                                                                     // nl
    {kPersona, "od teraz jesteś|teraz jesteś|udawaj|wciel się|zachowuj się jak|jesteś teraz|nazywasz się"},   // pl
    {kPersona, "отныне ты|с этого момента ты|теперь ты|ты теперь|притворись|представь что ты|"
               "веди себя как|играй роль|сыграй роль|тебя зовут"},                                            // ru
    {kPersona, "відтепер ти|віднині ти|тепер ти|ти тепер|вдавай|удавай|уяви що ти|поводься як|зіграй роль|"
               "тебе звати"},                                                                                  // uk
    {kPersona, "artık sen|bundan sonra sen|şu andan itibaren|gibi davran|rolünü oyna|rolüne gir|adın|"
               "adında bir|olduğunu hayal et"},                                                               // tr
    {kPersona, "من الآن فصاعدا|من الآن أنت|أنت الآن|تظاهر بأنك|تصرف كأنك|العب دور|اسمك"},                       // ar
    {kPersona, "अब से तुम|अब से आप|अब तुम|तुम अब|आप अब|मान लो कि तुम|की तरह व्यवहार|भूमिका निभा*|तुम्हारा नाम"},    // hi
    {kPersona, "从现在开始你是|从现在起你是|從現在開始你是|你现在是|你現在是|扮演|假装你是|假裝你是|"
               "你的名字是|角色扮演|从现在开始|从现在起"},                                                     // zh
    {kPersona, "今からあなたは|これからあなたは|あなたは今|になりきっ|として振る舞|のふりをし|を演じ|"
               "あなたの名前は|ロールプレイ"},                                                                  // ja
    {kPersona, "지금부터 너는|지금부터 당신은|이제부터 너는|이제 너는|너는 이제|척해|역할을 해|역할극|"
               "너의 이름은|연기해"},                                                                          // ko
    {kPersona, "từ bây giờ bạn là|từ giờ bạn là|bây giờ bạn là|hãy giả vờ|giả vờ là|đóng vai|"
               "hãy hành động như|tên bạn là|từ giờ trở đi"},                                                 // vi
    {kPersona, "mulai sekarang kamu|mulai sekarang anda|sekarang kamu adalah|berpura pura|berperan sebagai|"
               "bertindak sebagai|namamu"},                                                                   // id
    {kPersona, "från och med nu är du|du är nu|låtsas att du|låtsas vara|agera som|spela rollen"},           // sv

    // --- developer mode, god mode
    {kMode, "modo desarrollador|modo dios|modo sin restricciones|modo sin filtros|modo libre|modo dan|"
            "modo desenvolvedor|modo deus|modo sem restrições|mode développeur|mode developpeur|mode dieu|"
            "mode sans restriction*|mode sans filtre*|entwicklermodus|entwickler modus|gottmodus|dan modus|"
            "modalità sviluppatore|modalità dio|ontwikkelaarsmodus|ontwikkelaarmodus|godmodus|tryb dewelopera|"
            "tryb programisty|tryb boga|режим разработчика|режим бога|режим dan|режим дан|режим розробника|"
            "geliştirici modu|gelistirici modu|tanrı modu|وضع المطور|وضع المطوّر|وضع الإله|डेवलपर मोड|"
            "开发者模式|開發者模式|上帝模式|越狱模式|无限制模式|開発者モード|脱獄モード|개발자 모드|개발자모드|"
            "탈옥 모드|chế độ nhà phát triển|chế độ developer|mode pengembang|mode dewa|utvecklarläge"},

    // --- without refusing, answer everything
    {kNoRefuse, "sin negarte|nunca te niegues|no te niegues|no rechaces|nunca rechaces|sin rechazar|"
                "no puedes negarte"},                                           // es
    {kNoRefuse, "sem recusar|nunca recuse|não recuse|nao recuse|não pode recusar|sem recusas"},                                                                  // pt
    {kNoRefuse, "sans refuser|ne refuse jamais|ne refuse pas|ne refuse aucune|tu ne peux pas refuser|sans jamais refuser|obéis à toutes"},                          // fr
    {kNoRefuse, "ohne abzulehnen|lehne nie|lehne niemals|verweigere nie|verweigere niemals|"
                "ohne zu verweigern|niemals ablehnen|ohne zu widersprechen"},               // de
    {kNoRefuse, "senza rifiutare|non rifiutare mai|non rifiutarti|mai rifiutare|"
                "senza rifiuti"},                                                                              // it
    {kNoRefuse, "zonder te weigeren|weiger nooit|nooit weigeren"},                           // nl
    {kNoRefuse, "bez odmawiania|nigdy nie odmawiaj|nie odmawiaj|bez odmowy"},                                                                      // pl
    {kNoRefuse, "не отказывай*|никогда не отказывай*|без отказов|без отказа|не можешь отказаться|выполняй любые"},                                      // ru
    {kNoRefuse, "не відмовляй*|ніколи не відмовляй*|без відмов|виконуй будь які"},                                                   // uk
    {kNoRefuse, "reddetmeden|asla reddetme|reddetmezsin|hayır deme"},     // tr
    {kNoRefuse, "دون رفض|بدون رفض|لا ترفض"},                                              // ar
    {kNoRefuse, "मना मत कर*|कभी मना नहीं|इनकार मत|बिना मना किए"},                                  // hi
    {kNoRefuse, "不要拒绝|不能拒绝|不得拒绝|从不拒绝|永远不要拒绝|絕不拒絕|不要拒絕"},        // zh
    {kNoRefuse, "拒否しない|拒否せず|断らない|断らず|拒否してはいけ"},                  // ja
    {kNoRefuse, "거절하지|거부하지|거절 없이|거부 없이"},                                // ko
    {kNoRefuse, "không từ chối|đừng từ chối|không được từ chối|không bao giờ từ chối"},         // vi
    {kNoRefuse, "tanpa menolak|jangan menolak|jangan pernah menolak|tidak boleh menolak|tanpa penolakan"},   // id
    {kNoRefuse, "utan att vägra|vägra aldrig"},                                                // sv

    // --- don't tell the user, don't mention this message
    {kConceal, "no se lo digas al usuario|no le digas al usuario|sin decirle al usuario|sin avisar al usuario|"
               "no avises al usuario|no informes al usuario|sin que el usuario|no menciones este mensaje|"
               "no menciones esta instrucción"},                                             // es
    {kConceal, "não conte ao usuário|não diga ao usuário|nao diga ao usuario|sem avisar o usuário|"
               "sem contar ao usuário|sem que o usuário|não informe o usuário|não mencione este aviso|"
               "não mencione esta mensagem"},                                               // pt
    {kConceal, "ne dis pas à l utilisateur|ne le dis pas à l utilisateur|sans le dire à l utilisateur|"
               "sans prévenir l utilisateur|sans en informer l utilisateur|ne mentionne pas ce message|"
               "ne mentionnez pas ce message"},                  // fr
    {kConceal, "sag es dem nutzer nicht|sag dem nutzer nichts|sag dem benutzer nichts|ohne den nutzer|"
               "ohne den benutzer|erwähne diese nachricht nicht|dem nutzer nicht|"
               "dem benutzer nicht"},                                                                          // de
    {kConceal, "non dirlo all utente|non dire all utente|senza avvisare l utente|senza informare l utente|"
               "all insaputa dell utente|non menzionare questo messaggio"},                                   // it
    {kConceal, "niet tegen de gebruiker|zeg het niet tegen|zonder de gebruiker|noem dit bericht niet|"
               "niet aan de gebruiker"},                                                                       // nl
    {kConceal, "nie mów użytkownikowi|nie mow uzytkownikowi|bez informowania użytkownika|"
               "nie informuj użytkownika|nie mówiąc użytkownikowi|nie wspominaj o tej wiadomości"},           // pl
    {kConceal, "не говори пользователю|не сообщай пользователю|ничего ему не сообщая|пользователю не говори|"
               "не сообщая пользователю|без ведома пользователя|не говоря пользователю|"
               "не упоминай это сообщение"},                                              // ru
    {kConceal, "не кажи користувачу|не повідомляй користувач*|не кажучи користувачу|без відома користувача|"
               "не згадуй це повідомлення"},                                                 // uk
    {kConceal, "kullanıcıya söyleme|kullanıcıya bahsetme|kullanıcıya haber verme|kullanıcıya bildirme|"
               "bu mesajdan bahsetme"},                                                                        // tr
    {kConceal, "لا تخبر المستخدم|ولا تخبر المستخدم|دون إخبار المستخدم|دون علم المستخدم|لا تذكر هذه الرسالة|"
               "دون أن تخبر المستخدم"},                                                                         // ar
    {kConceal, "यूज़र को मत बता*|यूजर को मत बता*|उपयोगकर्ता को मत बता*|उपयोगकर्ता को न बता*|यूज़र को कुछ मत|"
               "user ko mat bata*|यूज़र को न बता*"},                                                            // hi
    {kConceal, "不要告诉用户|不要告訴用戶|不要让用户知道|别告诉用户|不要通知用户|瞒着用户|不要向用户透露|"
               "不要提及此消息"},                                                                                // zh
    {kConceal, "ユーザーには言わ|ユーザーに言わ|ユーザーに伝えな|ユーザーに知らせな|ユーザーには内緒"},       // ja
    {kConceal, "사용자에게 말하지|사용자에게 알리지|사용자한테 말하지|유저에게 말하지|사용자에게는 말하지"},       // ko
    {kConceal, "đừng nói với người dùng|không nói với người dùng|đừng cho người dùng biết|"
               "không cho người dùng biết|đừng báo cho người dùng"},                                          // vi
    {kConceal, "jangan beri tahu pengguna|jangan beritahu pengguna|jangan memberi tahu pengguna|"
               "tanpa memberi tahu pengguna|tanpa sepengetahuan pengguna"},                                   // id
    {kConceal, "säg inte till användaren|utan att berätta för användaren|nämn inte detta meddelande"},        // sv
    {kConceal, "don t tell the user|do not tell the user|without telling the user|do not mention this message|"
               "don t mention this message"},                                                                  // en

    // --- a system, operator or developer message typed in
    {kFakeSystem, "mensaje del sistema|aviso del sistema|mensaje del operador|aviso del operador|"
                  "mensaje del administrador|nota del desarrollador|mensaje del desarrollador"},              // es
    {kFakeSystem, "mensagem do sistema|aviso do sistema|aviso do operador|mensagem do operador|"
                  "mensagem do administrador|mensagem do desenvolvedor"},                                     // pt
    {kFakeSystem, "message système|message systeme|message du système|message de l opérateur|"
                  "avis de l opérateur|message de l administrateur|message du développeur"},                  // fr
    {kFakeSystem, "systemnachricht|systemmeldung|systemhinweis|nachricht vom betreiber|"
                  "nachricht des betreibers|hinweis des betreibers|nachricht vom entwickler|"
                  "nachricht vom administrator|admin hinweis"},                                                // de
    {kFakeSystem, "messaggio di sistema|messaggio del sistema|avviso di sistema|messaggio dell operatore|"
                  "avviso dell operatore|messaggio dello sviluppatore|messaggio dell amministratore"},        // it
    {kFakeSystem, "systeembericht|systeemmelding|bericht van de beheerder|bericht van de operator|"
                  "bericht van de ontwikkelaar"},                                                              // nl
    {kFakeSystem, "komunikat systemowy|wiadomość systemowa|komunikat systemu|wiadomość od operatora|"
                  "komunikat operatora|wiadomość od administratora|komunikat administratora"},               // pl
    {kFakeSystem, "системное сообщение|сообщение системы|системное уведомление|сообщение от оператора|"
                  "сообщение оператора|сообщение от разработчика|сообщение администратора"},                 // ru
    {kFakeSystem, "системне повідомлення|повідомлення системи|повідомлення від оператора|"
                  "повідомлення оператора|повідомлення від розробника|повідомлення адміністратора"},         // uk
    {kFakeSystem, "sistem mesajı|sistem bildirimi|operatörden mesaj|operatör mesajı|yönetici mesajı|"
                  "geliştirici mesajı|geliştiriciden mesaj"},                                                 // tr
    {kFakeSystem, "رسالة النظام|رسالة من النظام|إشعار النظام|رسالة من المشغل|رسالة المشغل|رسالة من المطور|"
                  "رسالة المطور|رسالة من المسؤول"},                                                             // ar
    {kFakeSystem, "सिस्टम संदेश|सिस्टम मैसेज|ऑपरेटर का संदेश|डेवलपर का संदेश|एडमिन का संदेश"},                     // hi
    {kFakeSystem, "系统消息|系統消息|系统通知|系統通知|系统信息|管理员通知|开发者消息|开发者通知|来自开发者|"
                  "来自管理员"},                                                                                 // zh
    {kFakeSystem, "システムメッセージ|システム通知|運営からの|管理者からの|開発者からの|オペレーターからの"},     // ja
    {kFakeSystem, "시스템 메시지|시스템 알림|운영자 메시지|운영자 공지|관리자 메시지|개발자 메시지"},              // ko
    {kFakeSystem, "tin nhắn hệ thống|thông báo hệ thống|thông báo từ nhà phát triển|"
                  "tin nhắn từ quản trị viên|thông báo từ quản trị"},                                         // vi
    {kFakeSystem, "pesan sistem|pemberitahuan sistem|pesan dari operator|pesan operator|"
                  "pesan dari pengembang|pesan dari admin"},                                                   // id
    {kFakeSystem, "systemmeddelande|meddelande från operatören|meddelande från utvecklaren"},                 // sv

    // --- an action with effect
    {kAction, "envía*|envia*|reenvía*|reenvia*|borra*|elimina*|exporta*|transfiere*|paga*|compra*|sube*|"
              "publica*|concede*|ejecuta*"},                                                                   // es
    {kAction, "envie*|encaminhe*|apague*|exclua*|exporte*|transfira*|pague*|compre*|execute*|publique*|"
              "compartilhe*"},                                                                                 // pt
    {kAction, "envoie*|envoyez*|transfère*|transfere*|supprime*|efface*|exporte*|paie*|payez*|achète*|"
              "exécute*|accorde*|publie*|valide*"},                                                            // fr
    {kAction, "sende*|schick*|leite*|weiterleite*|lösche*|exportier*|überweise*|bezahle*|kaufe*|führe*"},     // de
    {kAction, "invia*|inoltra*|elimina*|cancella*|esporta*|trasferisci*|paga*|compra*|esegui*|pubblica*"},    // it
    {kAction, "stuur*|verstuur*|verwijder*|exporteer*|betaal*|koop*|voer*|dump*|annuleer*"},                  // nl
    {kAction, "wyślij*|przekaż*|usuń*|wyeksportuj*|eksportuj*|przelej*|zapłać*|kup*|wykonaj*|uruchom*"},      // pl
    {kAction, "отправь*|перешли*|удали*|экспортируй*|выгрузи*|оплати*|купи*|выполни*|запусти*|загрузи*|"
              "опубликуй*"},                                                                                   // ru
    {kAction, "надішли*|перешли*|видали*|експортуй*|оплати*|купи*|виконай*|запусти*|заверш*"},                // uk
    {kAction, "gönder*|ilet*|sil|silin|dışa aktar*|öde*|satın al*|çalıştır*|yükle*"},                         // tr
    {kAction, "أرسل|ارسل|أعد توجيه|اعد توجيه|إعادة توجيه|احذف|صدّر|حوّل|ادفع|اشتر|نفّذ|نفذ"},                     // ar
    {kAction, "भेज*|फ़ॉरवर्ड*|फॉरवर्ड*|डिलीट*|हटा दो|मिटा दो|एक्सपोर्ट*|ट्रांसफर*|भुगतान*|चला दे*|चलाओ"},              // hi
    {kAction, "发送|發送|转发|轉發|删除|刪除|导出|導出|转账|轉帳|支付|付款|购买|購買|下单|执行|執行|上传|上傳"},   // zh
    {kAction, "送信|送って|転送|削除|エクスポート|振り込|支払|購入|実行|貼っておい|アップロード"},               // ja
    {kAction, "보내|전송|전달|삭제|내보내|송금|결제|구매|실행|업로드|푸시"},                                      // ko
    {kAction, "gửi|chuyển tiếp|xóa|xoá|chuyển khoản|thanh toán|chạy luôn|tải lên"},                         // vi
    {kAction, "kirim*|teruskan|hapus|ekspor|bayar|beli|jalankan|unggah"},                                    // id
    {kAction, "skicka*|vidarebefordra*|radera*|exportera*|betala*"},                                         // sv

    // --- an AI addressed as the recipient of a note (the rule wants a colon or a dash after it)
    {kNoteToAi, "nota para la ia|instrucción para la ia|para la ia|al asistente de ia|para el asistente de ia|"
                "al agente de ia|para el agente de ia|al asistente ia|para el asistente ia|"                  // es
                "nota para a ia|aviso para a ia|para a ia|ao assistente de ia|para o assistente de ia|"
                "ao agente de ia|para o agente de ia|"                                                        // pt
                "note pour l ia|consigne pour l ia|instruction pour l ia|pour l ia|à l ia|pour l assistant ia|"
                "à l assistant ia|pour l agent ia|à l agent ia|"                                              // fr
                "hinweis an die ki|hinweis für die ki|an die ki|für die ki|an den ki assistent*|"
                "für den ki assistent*|an den ki agent*|für den ki agent*|"                                   // de
                "nota per l ia|per l ia|all ia|per l assistente ia|all assistente ia|per l agente ia|"
                "all agente ia|"                                                                               // it
                "aan de ai|voor de ai|aan de ai assistent|voor de ai assistent|"                              // nl
                "do asystenta ai|dla asystenta ai|dla ai|do agenta ai|dla agenta ai|"                         // pl
                "для ии|для ии агент*|для ии ассистент*|ии агенту|ии ассистенту|"                            // ru
                "для ші|для ші агент*|для ші асистент*|ші агенту|ші асистенту|"                              // uk
                "yapay zekaya|yapay zeka asistanına|ai asistanına|yapay zeka ajanına|"                        // tr
                "إلى المساعد|الى المساعد|إلى الذكاء الاصطناعي|إلى الوكيل|الى الوكيل|"                          // ar
                "ai सहायक के लिए|एआई सहायक के लिए|ai के लिए|एजेंट के लिए|"                                      // hi
                "致ai|给ai|致助手|给助手|致智能助手|"                                                           // zh
                "aiエージェントへ|aiアシスタントへ|aiへ|エージェントへ|アシスタントへ|"                          // ja
                "ai 비서에게|ai비서에게|에이전트에게|어시스턴트에게|ai에게|인공지능에게|"                        // ko
                "gửi trợ lý|gửi ai|gửi agent|"                                                                 // vi
                "untuk asisten ai|kepada asisten ai|untuk ai|untuk agen ai|kepada agen ai|"                   // id
                "till ai|till ai assistenten|"                                                                 // sv
                "note to the ai|note for the ai|to the ai assistant|for the ai assistant"},                   // en

    // --- set aside, no longer valid (overrides in other words)
    {kOverride, "deja a un lado|ya no vale|ya no valen|ya no es válido|ya no son válidas|odłóż na bok|"
                "odłożyć na bok|nie obowiązuje|nie obowiązują|mets de côté|ne vaut plus|ne sont plus valables|"
                "n est plus valable|lege beiseite|gilt nicht mehr|gelten nicht mehr|nicht mehr gültig|"
                "metti da parte|non vale più|non valgono più|deixe de lado|não vale mais|não valem mais|"
                "leg opzij|niet meer geldig|gelden niet meer|отложи в сторону|больше не действует|"
                "больше не действуют|відклади вбік|більше не діють|більше не діє|bir kenara bırak|"
                "artık geçerli değil|geçersiz|kesampingkan|tidak berlaku lagi|放在一边|不再有效|已失效|"
                "脇に置い|もう無効|제쳐두|더 이상 유효하지|gạt sang một bên|không còn hiệu lực|lägg åt sidan|"
                "gäller inte längre"},
    {kGiven, "te configuraron|ti hanno impostato|ti ha impostato|t a configuré|dir eingestellt|te configuraram|"
             "тебе настроили|тобі налаштували|sana ayarlanan|为你设置|设置给你"},
    {kSysPrompt | kYour, "antes de mi mensaje|antes da minha mensagem|avant mon message|vor meiner nachricht|"
                         "prima del mio messaggio|voor mijn bericht|przed moją wiadomością|до моего сообщения|"
                         "до мого повідомлення|mesajımdan önce|قبل رسالتي|मेरे संदेश से पहले|在我的消息之前|"
                         "私のメッセージの前|내 메시지 전|trước tin nhắn của tôi|sebelum pesanku|sebelum pesan saya"},
    {kNoRefuse, "nunca se niega|nunca rechaza|verweigert nie|lehnt nie|никогда не отказывает|не отказывает|"
                "asla reddetmez|tidak pernah menolak|vägrar aldrig|nigdy nie odmawia|weigert nooit|"
                "non rifiuta mai|nunca recusa|ніколи не відмовляє|n refuse jamais"},
    {kWithout, "sin|sem|sans|ohne|senza|zonder|bez|без|tanpa|utan|uden|uten|không có|không hề có|没有|沒有|"
               "なし|없이|없는|بدون|دون|بلا|बिना|olmadan"},

    // --- plain harmful requests, in the languages heuristics.cc's harm lexicon
    // has no words for (its classes cover es, fr, de, it, pt, nl, pl, ru, tr, id)
    {kHowTo, "怎么制作|如何制作|怎么做|怎样做|如何制造|怎样制作|怎么制造|教我|告诉我怎么|告诉我如何|给我写|帮我写|"
             "写一个|写一段|步骤|配方|怎么合成|如何合成|详细说明|具体方法|怎么弄"},                                // zh
    {kHowTo, "作り方|作る方法|方法を教え|やり方を教え|教えて|書いて|手順|レシピ|合成方法|作成して|詳しく説明"},   // ja
    {kHowTo, "만드는 방법|만드는 법|만들어 줘|만들어줘|방법 알려|알려줘|써줘|써 줘|작성해|단계별|제조법|레시피|"
             "합성하는 방법"},                                                                                   // ko
    {kHowTo, "كيف أصنع|كيفية صنع|طريقة صنع|كيف اصنع|اكتب لي|أعطني|اعطني|اشرح لي|خطوات|وصفة|كيفية تحضير|"
             "طريقة تحضير|كيف أحضر"},                                                                           // ar
    {kHowTo, "कैसे बना*|बनाने का तरीका|बनाने की विधि|लिखो|लिख दो|तरीका बता*|स्टेप्स|विधि बता*|कैसे कर*|"
             "kaise bana*|banane ka tarika"},                                                                  // hi
    {kHowTo, "як зробити|як виготовити|як створити|напиши*|дай інструкцію|інструкцію|покроково|рецепт|"
             "як приготувати"},                                                                                // uk
    {kHowTo, "cách làm|cách chế tạo|cách tạo|cách điều chế|viết cho tôi|viết một|công thức|các bước|"
             "làm thế nào để|hướng dẫn tôi|chỉ tôi cách"},                                                    // vi
    {kHowTo, "hoe maak ik|hoe maak je|schrijf een|schrijf me|geef me|stappenplan|recept|hoe bouw"},           // nl
    {kHarmObject, "炸弹|炸药|爆炸物|燃烧弹|冰毒|甲基苯丙胺|海洛因|可卡因|芬太尼|勒索软件|勒索病毒|木马程序|远控木马|"
                  "恶意软件|键盘记录器|钓鱼邮件|钓鱼网站|毒药|无法追踪的枪|假币|洗钱"},                          // zh
    {kHarmObject, "爆弾|爆発物|火炎瓶|覚醒剤|覚せい剤|メタンフェタミン|ヘロイン|コカイン|ランサムウェア|マルウェア|"
                  "キーロガー|トロイの木馬|フィッシングメール|フィッシングサイト|毒物|偽札|マネーロンダリング"},  // ja
    {kHarmObject, "폭탄|폭발물|화염병|필로폰|메스암페타민|헤로인|코카인|펜타닐|랜섬웨어|악성코드|멀웨어|키로거|"
                  "트로이 목마|피싱 메일|피싱 문자|피싱 사이트|독극물|위조지폐|돈세탁"},                          // ko
    {kHarmObject, "قنبلة|متفجرات|عبوة ناسفة|مولوتوف|ميثامفيتامين|الشبو|هيروين|كوكايين|فنتانيل|برنامج فدية|"
                  "برمجية خبيثة|برامج خبيثة|فيروس فدية|رسالة تصيد|رسائل تصيد|سم قاتل|نقود مزيفة|غسيل أموال"},   // ar
    {kHarmObject, "बम|विस्फोटक|मेथ|हेरोइन|कोकीन|फेंटानिल|रैनसमवेयर|मैलवेयर|कीलॉगर|फ़िशिंग|फिशिंग|ज़हर|जहर|"
                  "नकली नोट|देसी कट्टा"},                                                                         // hi
    {kHarmObject, "бомбу|бомба|вибухівк*|коктейль молотова|метамфетамін*|героїн*|кокаїн*|фентаніл*|"
                  "вимагач*|шкідлив* програм*|кейлогер*|фішингов*|отрут*|фальшиві гроші"},                      // uk
    {kHarmObject, "вымогател*|шифровальщик*|кейлоггер*|фишингов*|взрывное устройство|коктейль молотова|"
                  "яд|ядом|отраву"},                                                                           // ru
    {kHarmObject, "bom|chất nổ|thuốc nổ|bom xăng|ma túy đá|ma túy|heroin|cocaine|fentanyl|mã độc tống tiền|"
                  "phần mềm độc hại|mã độc|keylogger|email lừa đảo|trang lừa đảo|thuốc độc|tiền giả|rửa tiền"},  // vi
    {kHarmObject, "bom|explosief|explosieven|molotovcocktail|crystal meth|heroïne|cocaïne|ransomware|malware|"
                  "keylogger|phishingmail|vergif|nepgeld|witwassen"},                                         // nl
    {kHarmToPerson, "杀死|毒死|杀人|下毒|绑架|害死|殺す|毒殺|誘拐|죽이는|죽이|독살|납치|قتل|تسميم|خطف|मार डाल*|"
                    "मारने|ज़हर दे*|जहर दे*|अपहरण|вбити|отруїти|викрасти|giết|đầu độc|bắt cóc|vermoorden|"
                    "vergiftigen|ontvoeren"},
    {kPerson, "别人|某人|一个人|我丈夫|我老公|我老婆|我妻子|邻居|老板|同事|人を|誰か|夫を|妻を|隣人|上司|사람을|"
              "사람|누군가|남편|아내|이웃|상사|شخص|زوجي|زوجتي|جاري|مديري|किसी को|पति|पत्नी|पड़ोसी|बॉस|людину|"
              "когось|чоловіка|дружину|сусіда|người|ai đó|chồng|vợ tôi|hàng xóm|sếp|iemand|mijn man|mijn vrouw|"
              "buurman|buurvrouw|baas"},
    {kSelfHarm, "自杀的方法|怎么自杀|如何自杀|无痛的死法|自殺の方法|楽に死ねる|자살 방법|자살하는 방법|"
                "طريقة الانتحار|كيف أنتحر|आत्महत्या का तरीका|आत्महत्या कैसे|cách tự tử|як покінчити з собою|"
                "hoe pleeg ik zelfmoord"},
    {kHarmSafe, "历史|为什么|新闻|报道|治疗|戒掉|歴史|なぜ|ニュース|治療|역사|왜|뉴스|치료|تاريخ|لماذا|علاج|"
                "इतिहास|क्यों|इलाज|історія|чому|лікування|lịch sử|tại sao|điều trị|geschiedenis|waarom|"
                "behandeling|romance|novela|roman|小说|小説|소설|رواية|उपन्यास|роман|tiểu thuyết"},

    // --- what is / what does ... mean (a question about a term)
    {kDefine, "qué es|que es|qué significa|que significa|qué son|o que é|o que e|o que significa|o que são|"
              "qu est ce|que signifie|c est quoi|was ist|was sind|was bedeutet|was heißt|cos è|che cos|"
              "cosa significa|cosa sono|wat is|wat zijn|wat betekent|co to jest|co to są|czym jest|co oznacza|"
              "что такое|что значит|что означает|що таке|що означає|nedir|ne demek|ne anlama|ما هو|ما هي|"
              "ماذا يعني|ما معنى|क्या है|क्या होता है|का मतलब|什么是|是什么|什麼是|是什麼|什么意思|とは|って何|"
              "이란|란 무엇|가 뭐야|이 뭐야|무엇인가|뭔가요|뭔지|무엇인지|là gì|nghĩa là gì|apa itu|apa arti|apa maksud|"
              "vad är|vad betyder|what is|what does"},

    // --- protect, detect, prevent, defend
    {kDefend, "proteger|protejo|protegerme|defender|defenderme|detectar|detecto|prevenir|evitar que|evito que|"
              "mitigar|proteção|protección|protéger|proteger|détecter|detecter|prévenir|empêcher|se défendre|"
              "contrer|atténuer|schützen|schütze|erkennen|verhindern|abwehren|absichern|vorbeugen|verteidigen|"
              "proteggere|rilevare|prevenire|evitare che|difendere|mitigare|beschermen|detecteren|voorkomen|"
              "herkennen|verdedigen|chronić|ochronić|wykryć|wykrywać|zapobiec|zapobiegać|bronić|zabezpieczyć|"
              "защитить|защиты|защиту|обнаружить|распознать|предотвратить|защищаться|захистити|захисту|"
              "виявити|запобігти|розпізнати|korumak|korunmak|tespit|önlemek|engellemek|savunma|حماية|أحمي|"
              "اكتشاف|منع|الوقاية|الدفاع|बचाव|बचें|बचाएं|सुरक्षित रखें|पता लगा*|रोकें|रोकथाम|防止|防范|防御|"
              "防禦|检测|檢測|识别|保护|保護|防护|抵御|防ぐ|防止|対策|検出|検知|守る|防御|방어|막는|막을|탐지|감지|"
              "보호|예방|대응|ngăn chặn|phòng chống|phát hiện|bảo vệ|phòng ngừa|melindungi|mencegah|"
              "mendeteksi|mengenali|pertahanan|skydda|upptäcka|förhindra|protect|detect|prevent|defend|"
              // tell apart: "피싱 문자 구별하는 법" asks how to spot one
              "구별|구분|見分け|区别|區別|分辨|تمييز|التمييز|पहचान|розпізна|відрізни|отличить|phân biệt|"
              "membedakan|onderscheiden|distinguish"},
};

}  // namespace

std::span<const LexiconRow> Lexicon() { return kRows; }

}  // namespace convoguard::injection::ml
