# source: 0b9a3a20dcb2
# en-GB: Care Certificate, Brazil edition
edition = Certificado de Cuidados, edição brasileira
    .notice-1 = Adaptado do Care Certificate (Certificado de Cuidados) inglês de 2015. O texto oficial do Care Certificate é © dos seus titulares de direitos autorais (Skills for Care, Health Education England e Skills for Health); esta edição lista as alterações feitas nele e não é uma publicação oficial.
    .notice-2 = O texto em português (pt-BR) é uma tradução fornecida por conveniência; onde divergir do texto-fonte em inglês, prevalece o texto em inglês desta edição. Os nomes das leis brasileiras aparecem na sua forma oficial em português.
    .rationale-1 = A lei brasileira obriga os serviços de saúde a notificar a suspeita de violência contra a pessoa idosa (art. 19 do Estatuto da Pessoa Idosa) e contra a pessoa com deficiência (art. 26 da LBI), e o Disque 100 é o canal nacional gratuito que qualquer pessoa pode usar; o cuidador precisa conhecer essa obrigação e esse canal, e saber quando uma emergência exige acionar primeiro o SAMU.
    .rationale-2 = O art. 13 do ECA torna obrigatória a comunicação; é o principal dever de proteção da criança e do adolescente que cabe aos cuidadores no Brasil.
    .rationale-3 = A NR-32 é a norma de segurança e saúde no trabalho específica dos serviços de saúde no Brasil e é a que a fiscalização verifica nesses serviços; os deveres gerais do critério 13.1a vêm da CLT.
    .rationale-4 = O critério 2.2b pede que o participante explique como pode descobrir o seu nível atual de leitura e escrita, de matemática e de comunicação, o que na Inglaterra se responde com as avaliações Functional Skills; o Brasil não tem uma avaliação nacional equivalente que os cuidadores possam indicar, por isso o critério foi removido. O 2.2a (o nível que a função exige) permanece.
    .rationale-5 = No Brasil, a proteção de adultos se organiza em torno dos direitos da pessoa idosa (60 anos ou mais) e da pessoa com deficiência; o título as nomeia.
    .rationale-6 = O Brasil não tem uma lei geral de igualdade; a Lei Brasileira de Inclusão e o Estatuto da Pessoa Idosa são as principais leis contra a discriminação das pessoas atendidas pelos cuidadores.
    .rationale-7 = Exemplos dos equipamentos de proteção que a NR-32 exige nos serviços de saúde (e que são boa prática em qualquer serviço de cuidado), para tornar o critério concreto.

# source: 650c278aa373
# en-GB: Identify the laws on equality, diversity and discrimination that apply to your role, such as the { -equality-act } and the { -care-act }.
equality-laws-and-codes = Identifique as leis sobre igualdade, diversidade e discriminação que se aplicam à sua função, por exemplo: { -equality-act } e { -care-act }.

# source: 57a5c5352e99
# en-GB: Safeguarding older people and adults at risk
safeguarding-adults = Proteção de pessoas idosas e de adultos em situação de risco
    .ref-care-act = Define os deveres de proteção de adultos, os tipos de abuso e negligência e o princípio de bem-estar.
    .ref-safeguarding-adults-board = Estabelece as políticas e os procedimentos locais e intersetoriais de proteção de adultos que você segue.
    .ref-safeguarding-vulnerable-groups-act = Cria o sistema de impedimento que afasta pessoas inadequadas do trabalho com adultos em situação de risco.
    .ref-barring-service = Realiza as verificações de antecedentes criminais e as decisões de impedimento para quem trabalha com adultos em situação de risco.
    .ref-whistleblowing-law = Protege você quando denuncia abusos ou más práticas no interesse público.
    .ref-regulator = Pode ser informado de preocupações, inclusive denúncias, quando os canais locais falham.
    .ref-regulated-activities-regulations = Incluem o padrão fundamental de que as pessoas sejam protegidas de abusos e de tratamento inadequado.
    .ref-mental-capacity-act = Rege as decisões e a contenção de pessoas que podem não ter capacidade e, portanto, as práticas restritivas.
    .ref-liberty-safeguards = Definem quando as restrições impostas a uma pessoa equivalem a uma privação de liberdade que precisa ser autorizada.
    .ref-human-rights-act = Protege as pessoas contra tratamento desumano ou degradante e contra a restrição ilegal da liberdade.
    .ref-data-protection-law = Permite e limita o compartilhamento de informações pessoais com outros órgãos para proteger alguém.
    .ref-confidentiality-principles = Incluem o dever de compartilhar informações quando isso for necessário para proteger uma pessoa.
    .ref-emergency-number = O número para ligar quando alguém estiver em perigo imediato.
    .ref-code-of-conduct = Espera que você comunique sem demora preocupações com abuso, negligência ou más práticas.

# source: 3547e2d4072b
# en-GB: Explain how suspected violence against an older or disabled adult is reported, through the { -safeguarding-adults-board } and { -adult-abuse-hotline }, and when to call { -emergency-number } instead.
brazil-report-via-disque-100 = Explique como é comunicada a suspeita de violência contra uma pessoa idosa ou com deficiência, por meio de { -safeguarding-adults-board } e do { -adult-abuse-hotline }, e quando, em vez disso, ligar para o { -emergency-number }.
    .example-1 = negligência por parte de familiares
    .example-2 = abuso financeiro
    .example-3 = violência física

# source: c791904348e0
# en-GB: Explain that you must report suspected maltreatment of a child to the Conselho Tutelar under the { -children-act }.
brazil-conselho-tutelar = Explique que você deve comunicar ao Conselho Tutelar a suspeita de maus-tratos contra uma criança ou adolescente, conforme o { -children-act }.

# source: 5f024a3a8e4e
# en-GB: List the common kinds of personal protective clothing, equipment and procedures, and say how and when each should be used.
infection-protective-equipment = Liste os tipos comuns de roupas, equipamentos e procedimentos de proteção individual e explique como e quando cada um deve ser usado.
    .example-1 = luvas
    .example-2 = máscaras
    .example-3 = aventais
    .example-4 = proteção ocular
    .example-5 = coletores de perfurocortantes

# source: 210e369b6cf2
# en-GB: Show that you follow { -health-services-safety-standard } when handling sharps, clinical waste and biological material.
brazil-nr32-sharps = Demonstre que você cumpre a { -health-services-safety-standard } ao manusear materiais perfurocortantes, resíduos de serviços de saúde e material biológico.
