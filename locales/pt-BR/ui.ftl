### Rótulos usados em documentos e relatórios (pt-BR).
### Mesmos ids de locales/en-GB/ui.ftl.

label-standard = Padrão
label-outcome = Resultado de aprendizagem
label-criterion = Critério de avaliação
label-code = Código
label-kind = Tipo
label-knowledge = Conhecimento
label-performance = Desempenho
label-examples = Isso pode incluir
label-simulation-allowed = Pode ser avaliado em simulação
label-references = Leis, códigos e órgãos que você deve conhecer
label-contents = Sumário
label-notices = Avisos
label-glossary = Glossário de termos
label-country-notes = Notas do país
label-fallback = Ainda não traduzido
label-page = Página { $page } de { $pages }
label-criteria-count = { $count ->
    [one] { $count } critério
   *[other] { $count } critérios
}
label-learner-name = Nome do(a) participante
label-learner-signature = Assinatura do(a) participante
label-assessor = Avaliador(a)
label-assessor-signature = Assinatura do(a) avaliador(a)
label-employer = Empregador
label-date = Data
label-completion-date = Data de conclusão
label-method = Método de avaliação
label-evidence-location = Onde estão as evidências
label-observed-at-work = A ser observado no trabalho
label-observation-record = Registro de observação
label-progress-log = Registro de progresso
label-sign-off = Validação final
label-summary = Resumo dos padrões
label-certificate = Certificado
label-workbook = Caderno do(a) participante
label-assessor-record = Registro do(a) avaliador(a)
label-standards-document = Padrões

## Capas, títulos e formulários dos documentos.

label-country = País
label-based-on = Com base em
label-version = Versão
label-language = Idioma
label-edition = Edição
label-standard-title = Padrão { $code }: { $title }
label-criteria = Critérios
label-term = Termo
label-term-kind = Tipo de termo
label-jurisdiction = Jurisdição
label-term-law = Lei
label-term-regulator = Órgão regulador
label-term-body = Órgão ou entidade
label-term-service = Serviço
label-term-emergency-number = Número de emergência
label-term-code = Código de conduta ou de prática
label-term-guidance = Orientação
label-term-qualification = Qualificação
label-term-word = Palavra
label-removed = Removido nesta edição
label-sector-health = Na saúde:
label-sector-social-care = Na assistência social:
label-fallback-legend = O texto exibido assim ainda não foi traduzido e está no idioma de origem.
label-learner-details = Dados do(a) participante
label-start-date = Data de início
label-workbook-instructions = Escreva a resposta de cada atividade nas linhas abaixo dela, à mão ou digitando; nas linhas numeradas, escreva um item por linha. Os critérios a serem observados no trabalho são avaliados pela pessoa responsável pela sua avaliação enquanto você trabalha; ela registra o que observou, com a data e a rubrica. Ao final de cada padrão, assine a declaração de que as respostas são de sua autoria; em seguida, a pessoa avaliadora escreve a devolutiva e valida o padrão.
label-activity-code = Atividade { $code }
label-sign-off-statement = O(A) participante atendeu a todos os critérios do Padrão { $code }: { $title }.

## Comparações com alterações controladas (carecert diff --format docx).

label-redline-title = Alterações de { $old } para { $new }
label-summary-of-changes = Resumo das alterações
label-changes-summary = { $added } adicionados, { $removed } removidos, { $moved } movidos, { $changed } alterados
label-change = Alteração
label-reason = Motivo
label-change-added = Adicionado
label-change-removed = Removido
label-change-moved = Movido
label-change-retitled = Título alterado
label-change-text = Texto alterado
label-change-kind = Conhecimento ou desempenho alterado
label-change-examples = Exemplos alterados
label-change-renumbered = Renumerado
label-change-term = Termo alterado
label-before = Antes
label-after = Depois

## Review.
# Palavras da revisão de alterações (carecert diff, em todos os formatos).

review-level-standard = padrão
review-level-outcome = resultado de aprendizagem
review-level-criterion = critério
review-level-term = termo
review-terms = Termos
review-why = Motivo
review-source = Fonte: { $source }
review-because-term = porque o termo “{ $old }” mudou para “{ $new }”
review-because-removed = porque { $code } foi removido
review-because-added = porque { $code } foi adicionado
review-because-moved = porque { $code } foi movido
review-because-renumbered = porque { $code } foi renumerado
review-by-operation = operação { $number } de { $edition } ({ $op })
review-moved-from-to = de { $from } para { $to }
review-standard = Padrão
review-changes = Alterações
review-show-kinds = Mostrar alterações do tipo
review-shown = { $count } exibidas
review-reviewer = Revisor(a)
review-save-decisions = Salvar decisões
review-decided = { $count } decididas
review-agree = Concordo
review-reject = Rejeitar
review-query = Consultar
review-comment = Comentário
review-legend-markdown = Palavras removidas estão ~~riscadas~~, palavras adicionadas estão em **negrito**.
## Glossary.

label-term-description = Descrição
## Caderno de atividades do(a) participante.

label-workbook-initials = Rubrica
label-workbook-declaration = Declaração do(a) participante
label-workbook-declaration-statement = Declaro que as respostas às atividades do Padrão { $code } são de minha autoria.
label-workbook-feedback = Devolutiva do(a) avaliador(a)
label-workbook-sign-off = Validação do(a) avaliador(a)
label-workbook-sign-off-statement = Avaliei as respostas do(a) participante e a prática que observei no Padrão { $code }: { $title }, e elas atendem aos seus critérios.
label-workbook-printed-name = Nome legível
label-workbook-signature = Assinatura
## Certificate and assessor record.

cert-certifies = Certificamos que
cert-has-met = atendeu aos padrões relacionados abaixo.
cert-number = Número do certificado
cert-issue-date = Data de emissão
cert-issued-by = Emitido por
cert-date = { $day }/{ $month }/{ $year }
cert-issuer-signature = Assinatura pela instituição emissora
cert-printed-name = Nome legível
cert-notice = Baseado no Certificado de Cuidados. Os avisos de direitos autorais, licença e tradução constam na íntegra no documento de padrões deste pacote.
record-initials = Rubrica
record-manager-declaration = Declaração do(a) gestor(a) ou empregador
record-manager-statement = Confirmo que o trabalho do(a) participante foi avaliado conforme este registro e que o(a) participante foi observado(a) no trabalho em todos os critérios que assim o exigem.
record-manager-signature = Assinatura do(a) gestor(a) ou empregador
record-role = Cargo
