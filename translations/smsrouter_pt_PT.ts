<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>BodyCounter</name>
    <message>
        <source>Use plain quotes and dashes</source>
        <translation>Usar aspas e travessões simples</translation>
    </message>
    <message>
        <source>Remove accents…</source>
        <translation>Remover acentos…</translation>
    </message>
    <message>
        <source>See the text with ã, á, ç and the like as plain letters, which GSM-7 can send, and choose whether to use it.</source>
        <translation>Ver o texto com ã, á, ç e semelhantes como letras simples, que o GSM-7 consegue enviar, e escolher se o quer usar.</translation>
    </message>
    <message>
        <source>Replace typographic quotes, dashes, ellipses and special spaces with their plain GSM-7 equivalents.</source>
        <translation>Substituir aspas tipográficas, travessões, reticências e espaços especiais pelos equivalentes simples do GSM-7.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caráter</numerusform>
            <numerusform>%n carateres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4 left)</source>
        <translation>%1 · %2 · %3 (restam %4)</translation>
    </message>
    <message>
        <source>%1 at position %2 forces UCS-2</source>
        <translation>%1 na posição %2 obriga a UCS-2</translation>
    </message>
    <message>
        <source>%1 and %2 force UCS-2 (the first at position %3)</source>
        <translation>%1 e %2 obrigam a UCS-2 (o primeiro na posição %3)</translation>
    </message>
    <message>
        <source> — %1 segments instead of %2</source>
        <translation> — %1 segmentos em vez de %2</translation>
    </message>
    <message>
        <source> — 70 characters per segment instead of 160</source>
        <translation> — 70 carateres por segmento em vez de 160</translation>
    </message>
    <message>
        <source>0 characters</source>
        <translation>0 carateres</translation>
    </message>
    <message>
        <source> — over the limit of %1 segments</source>
        <translation> — acima do limite de %1 segmentos</translation>
    </message>
    <message>
        <source>Remove accents?</source>
        <translation>Remover acentos?</translation>
    </message>
    <message>
        <source>Without accents the text would read:</source>
        <translation>Sem acentos, o texto ficaria assim:</translation>
    </message>
    <message>
        <source>%1

%2 instead of %3. Removing accents changes words: read it before you choose it.</source>
        <translation>%1

%2 em vez de %3. Remover os acentos altera palavras: leia o texto antes de o escolher.</translation>
    </message>
    <message>
        <source>Use this text</source>
        <translation>Usar este texto</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
</context>
<context>
    <name>BulkInserter</name>
    <message>
        <source>The store could not prepare the import&apos;s inserts: %1</source>
        <translation>A base de dados não conseguiu preparar as inserções da importação: %1</translation>
    </message>
    <message>
        <source>The store could not store an imported message: %1</source>
        <translation>A base de dados não conseguiu guardar uma mensagem importada: %1</translation>
    </message>
    <message>
        <source>The store could not store an import reject: %1</source>
        <translation>A base de dados não conseguiu guardar uma rejeição da importação: %1</translation>
    </message>
    <message>
        <source>The store could not store an imported message: its campaign or carrier was removed meanwhile.</source>
        <translation>A base de dados não conseguiu guardar uma mensagem importada: a sua campanha ou operadora foi removida entretanto.</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>Give the campaign&apos;s id: %1 ID (`campaign list` shows the ids).</source>
        <translation>Indique o ID da campanha: %1 ID (`campaign list` mostra os IDs).</translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation>OPERADORA</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MENSAGENS</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTOS</translation>
    </message>
    <message>
        <source>COST/%1</source>
        <translation>CUSTO/%1</translation>
    </message>
    <message>
        <source>Give one file: campaign import FILE --name NAME --from SENDER --body TEMPLATE.</source>
        <translation>Indique um ficheiro: campaign import FILE --name NAME --from SENDER --body TEMPLATE.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 é obrigatório.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign import: %1%, %2, %3 accepted, %4 rejected</source>
        <translation>campaign import: %1%, %2, %3 aceites, %4 rejeitadas</translation>
    </message>
    <message>
        <source>The import was interrupted; nothing was kept.</source>
        <translation>A importação foi interrompida; nada foi guardado.</translation>
    </message>
    <message>
        <source>TAB</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>Imported campaign %1 “%2” from %3 (%4, “%5”, phone column “%6”).</source>
        <translation>Campanha %1 «%2» importada de %3 (%4, «%5», coluna do telefone «%6»).</translation>
    </message>
    <message>
        <source>rows:</source>
        <translation>linhas:</translation>
    </message>
    <message>
        <source>accepted:</source>
        <translation>aceites:</translation>
    </message>
    <message>
        <source>rejected:</source>
        <translation>rejeitadas:</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>estimated cost:</source>
        <translation>custo estimado:</translation>
    </message>
    <message>
        <source>See why rows were rejected: smsrouter-cli campaign rejects %1</source>
        <translation>Veja porque é que as linhas foram rejeitadas: smsrouter-cli campaign rejects %1</translation>
    </message>
    <message>
        <source>Start it with: smsrouter-cli campaign start %1 [--at ISO8601]</source>
        <translation>Inicie-a com: smsrouter-cli campaign start %1 [--at ISO8601]</translation>
    </message>
    <message>
        <source>No campaigns yet. Import one with: smsrouter-cli campaign import FILE --name NAME --from SENDER --body TEMPLATE</source>
        <translation>Ainda não há campanhas. Importe uma com: smsrouter-cli campaign import FILE --name NAME --from SENDER --body TEMPLATE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>EM ESPERA</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVIADAS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>COM FALHA</translation>
    </message>
    <message>
        <source>CREATED/STARTS</source>
        <translation>CRIADA/INÍCIO</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>%1 (%2 accepted, %3 rejected)</source>
        <translation>%1 (%2 aceites, %3 rejeitadas)</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Rejected: %1 — `smsrouter-cli campaign rejects %2` lists them.</source>
        <translation>Rejeitadas: %1 — `smsrouter-cli campaign rejects %2` lista-as.</translation>
    </message>
    <message>
        <source>--at “%1” is not an ISO 8601 time; write e.g. 2026-03-01T09:00:00Z (a time without Z or an offset is local time).</source>
        <translation>--at «%1» não é uma hora ISO 8601; escreva, por exemplo, 2026-03-01T09:00:00Z (uma hora sem Z nem indicação de fuso horário é interpretada como hora local).</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” starts at %3. A running dispatcher (the GUI, or smsrouter-cli dispatch) starts it then.</source>
        <translation>A campanha %1 «%2» começa em %3. Um serviço de envio em execução (a interface gráfica ou smsrouter-cli dispatch) inicia-a nessa altura.</translation>
    </message>
    <message numerus="yes">
        <source>Started campaign %1 “%2”: %n message(s) queued. They are sent by a running dispatcher (the GUI, or smsrouter-cli dispatch).</source>
        <translation>
            <numerusform>Campanha %1 «%2» iniciada: %n mensagem em fila. É enviada por um serviço de envio em execução (a interface gráfica ou smsrouter-cli dispatch).</numerusform>
            <numerusform>Campanha %1 «%2» iniciada: %n mensagens em fila. São enviadas por um serviço de envio em execução (a interface gráfica ou smsrouter-cli dispatch).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused campaign %1: %n message(s) wait; %2 already being submitted finish.</source>
        <translation>
            <numerusform>Campanha %1 em pausa: %n mensagem fica em espera; terminam as que já estão a ser submetidas (%2).</numerusform>
            <numerusform>Campanha %1 em pausa: %n mensagens ficam em espera; terminam as que já estão a ser submetidas (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed campaign %1: %n message(s) queued.</source>
        <translation>
            <numerusform>Campanha %1 retomada: %n mensagem em fila.</numerusform>
            <numerusform>Campanha %1 retomada: %n mensagens em fila.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Não é possível escrever na saída padrão.</translation>
    </message>
    <message>
        <source>Import a CSV file of recipients as a draft campaign (--name, --from, --body).</source>
        <translation>Importar um ficheiro CSV de destinatários como campanha em rascunho (--name, --from, --body).</translation>
    </message>
    <message>
        <source>The campaign&apos;s name.</source>
        <translation>O nome da campanha.</translation>
    </message>
    <message>
        <source>The sender of every message.</source>
        <translation>O remetente de todas as mensagens.</translation>
    </message>
    <message>
        <source>The message template: {column} is replaced by the row&apos;s value in that column; {{ and }} are literal braces. Without a header row, columns are named by number: {1}, {2}, …</source>
        <translation>O modelo da mensagem: {coluna} é substituído pelo valor da linha nessa coluna; {{ e }} são chavetas literais. Sem linha de cabeçalho, as colunas são designadas por número: {1}, {2}, …</translation>
    </message>
    <message>
        <source>List campaigns with their state and counters.</source>
        <translation>Listar as campanhas com o respetivo estado e contadores.</translation>
    </message>
    <message>
        <source>Show a campaign: counters per message state, cost per carrier, rejects.</source>
        <translation>Mostrar uma campanha: contadores por estado de mensagem, custo por operadora, rejeições.</translation>
    </message>
    <message>
        <source>Start a draft campaign now, or at a time (--at ISO8601).</source>
        <translation>Iniciar uma campanha em rascunho agora ou a uma hora indicada (--at ISO8601).</translation>
    </message>
    <message>
        <source>Start at this time instead of now, e.g. 2026-03-01T09:00:00Z.</source>
        <translation>Iniciar a esta hora em vez de agora, p. ex. 2026-03-01T09:00:00Z.</translation>
    </message>
    <message>
        <source>Pause a running campaign (messages being submitted finish).</source>
        <translation>Pausar uma campanha em curso (as mensagens a ser submetidas terminam).</translation>
    </message>
    <message>
        <source>Resume a paused campaign.</source>
        <translation>Retomar uma campanha em pausa.</translation>
    </message>
    <message>
        <source>Cancel a campaign: its unsent messages are not sent.</source>
        <translation>Cancelar uma campanha: as mensagens ainda por enviar não são enviadas.</translation>
    </message>
    <message>
        <source>Print a campaign&apos;s rejected rows as CSV: line, raw_value, reason, detail.</source>
        <translation>Imprimir as linhas rejeitadas de uma campanha em CSV: line, raw_value, reason, detail.</translation>
    </message>
    <message>
        <source>Opt-outs by reply</source>
        <translation>Exclusões por resposta</translation>
    </message>
</context>
<context>
    <name>CampaignDetailPane</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Agendar…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Cancel campaign…</source>
        <translation>Cancelar campanha…</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Rejected at import</source>
        <translation>Rejeitadas na importação</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Export rejects…</source>
        <translation>Exportar linhas rejeitadas…</translation>
    </message>
    <message>
        <source>Queue every message now; the dispatcher sends them within each carrier&apos;s rate.</source>
        <translation>Colocar já todas as mensagens em fila; o serviço de envio envia-as ao ritmo de cada operadora.</translation>
    </message>
    <message>
        <source>Start by itself at a time you choose.</source>
        <translation>Iniciar automaticamente à hora que escolher.</translation>
    </message>
    <message>
        <source>Stop queuing: waiting messages stay; those being submitted finish.</source>
        <translation>Deixar de colocar em fila: as mensagens em espera ficam; as que estão a ser submetidas terminam.</translation>
    </message>
    <message>
        <source>Save the rows the import rejected as CSV (line, raw value, reason, detail).</source>
        <translation>Guardar em CSV as linhas que a importação rejeitou (linha, valor original, motivo, detalhe).</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Remetente:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensagem:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Ficheiro:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Linhas:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Datas:</translation>
    </message>
    <message>
        <source>Not delivered:</source>
        <translation>Não entregues:</translation>
    </message>
    <message>
        <source>Failed and undelivered together, as in the Campaigns table and the status bar.</source>
        <translation>Mensagens com falha e não entregues em conjunto, como na tabela Campanhas e na barra de estado.</translation>
    </message>
    <message>
        <source>%1 read · %2 accepted · %3 rejected</source>
        <translation>%1 lidas · %2 aceites · %3 rejeitadas</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>criada %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>começa %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciada %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>terminada %1</translation>
    </message>
    <message>
        <source>%1 failed, %2 undelivered</source>
        <translation>%1 com falha, %2 não entregues</translation>
    </message>
    <message>
        <source>carrier #%1</source>
        <translation>operadora n.º %1</translation>
    </message>
    <message>
        <source>Cancelled messages are left out.</source>
        <translation>As mensagens canceladas não são contabilizadas.</translation>
    </message>
    <message>
        <source>%1 · estimated %2</source>
        <translation>%1 · estimativa: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segmento</numerusform>
            <numerusform>%Ln segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>Nenhuma linha foi rejeitada.</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reagendar…</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Iniciar agora</translation>
    </message>
    <message>
        <source>Numbers that answered this campaign with a stop word and were put on the opt-out list</source>
        <translation>Números que responderam a esta campanha com uma palavra de exclusão e foram postos na lista de exclusões</translation>
    </message>
    <message>
        <source>Opt-outs by reply:</source>
        <translation>Exclusões por resposta:</translation>
    </message>
</context>
<context>
    <name>CampaignImportJob</name>
    <message>
        <source>The import did not run.</source>
        <translation>A importação não foi executada.</translation>
    </message>
    <message>
        <source>The import had finished when it was cancelled, and its draft (campaign %1) could not be removed: %2 Cancel that campaign on the Campaigns page.</source>
        <translation>A importação já tinha terminado quando foi cancelada, e não foi possível remover o seu rascunho (campanha %1): %2 Cancele essa campanha na página Campanhas.</translation>
    </message>
    <message>
        <source>The import has not run.</source>
        <translation>A importação ainda não foi executada.</translation>
    </message>
</context>
<context>
    <name>CampaignImportWizard</name>
    <message>
        <source>New campaign</source>
        <translation>Nova campanha</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar rascunho</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Iniciar agora</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <source>Stop the import? Nothing of it is stored.</source>
        <translation>Parar a importação? Nada do que foi importado fica guardado.</translation>
    </message>
    <message>
        <source>Close without starting? Campaign “%1” stays as a draft on the Campaigns page, where you can start or schedule it later.</source>
        <translation>Fechar sem iniciar? A campanha «%1» fica como rascunho na página Campanhas, onde a pode iniciar ou agendar mais tarde.</translation>
    </message>
    <message>
        <source>Discard the message you typed? Nothing has been imported yet.</source>
        <translation>Descartar a mensagem que escreveu? Ainda nada foi importado.</translation>
    </message>
</context>
<context>
    <name>CampaignImporter</name>
    <message>
        <source>The campaign needs a name (--name NAME).</source>
        <translation>A campanha precisa de um nome (--name NAME).</translation>
    </message>
    <message>
        <source>The campaign needs a sender, the From of its messages (--from SENDER).</source>
        <translation>A campanha precisa de um remetente, o From das suas mensagens (--from SENDER).</translation>
    </message>
    <message>
        <source>The message template is empty; write the text to send (--body TEMPLATE), with {column} placeholders for per-row values.</source>
        <translation>O modelo da mensagem está vazio; escreva o texto a enviar (--body TEMPLATE), com marcadores {coluna} para os valores de cada linha.</translation>
    </message>
    <message>
        <source>--region “%1” is not a region with phone numbers; use a two-letter ISO 3166 code such as GB, PT or US.</source>
        <translation>--region «%1» não é uma região com números de telefone; use um código ISO 3166 de duas letras, como GB, PT ou US.</translation>
    </message>
    <message>
        <source>Same recipient as line %1 (%2).</source>
        <translation>Mesmo destinatário que a linha %1 (%2).</translation>
    </message>
    <message>
        <source>The number %1 has opted out.</source>
        <translation>O número %1 foi excluído.</translation>
    </message>
    <message>
        <source>The number %1</source>
        <extracomment>%1 is the routing&apos;s reason: &quot;+33612345678 is unroutable: no rule matches …&quot;.</extracomment>
        <translation>O número %1</translation>
    </message>
    <message>
        <source>The message for this row is empty: the template&apos;s columns are empty here.</source>
        <translation>A mensagem desta linha está vazia: nesta linha, as colunas usadas pelo modelo estão vazias.</translation>
    </message>
    <message>
        <source>The message takes %1 segments (%2, %3 characters); the limit is %4. Shorten the template or this row&apos;s values, or raise the maximum in the settings.</source>
        <translation>A mensagem ocupa %1 segmentos (%2, %3 carateres); o limite é %4. Encurte o modelo ou os valores desta linha, ou aumente o máximo nas definições.</translation>
    </message>
    <message>
        <source>Campaign %1 was removed while it was being imported (another program took it for abandoned). Import the file again.</source>
        <translation>A campanha %1 foi removida enquanto estava a ser importada (outro programa considerou-a abandonada). Importe o ficheiro novamente.</translation>
    </message>
    <message>
        <source>%1 has no data rows: there is nothing to import.</source>
        <translation>%1 não tem linhas de dados: não há nada para importar.</translation>
    </message>
    <message>
        <source>The import failed and nothing was kept: %1</source>
        <translation>A importação falhou e nada foi guardado: %1</translation>
    </message>
</context>
<context>
    <name>CampaignLifecycle</name>
    <message>
        <source>There is no campaign %1 (was it removed?); the campaign list shows the ids.</source>
        <translation>Não existe a campanha %1 (foi removida?); a lista de campanhas mostra os IDs.</translation>
    </message>
    <message>
        <source>Campaign %1 (“%2”)</source>
        <translation>A campanha %1 («%2»)</translation>
    </message>
    <message>
        <source>%1 is still being imported; wait until its import finishes.</source>
        <translation>%1 ainda está a ser importada; aguarde até a importação terminar.</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be %3 any more. Import the list again to send it anew.</source>
        <extracomment>%2 is the state&apos;s label (completed, cancelled); %3 what was asked (started, paused…).</extracomment>
        <translation>%1 está no estado %2; já não pode ser %3. Importe a lista novamente para a voltar a enviar.</translation>
    </message>
    <message>
        <source>%1 is already running; pause or cancel it instead.</source>
        <translation>%1 já está em curso; em vez disso, pause-a ou cancele-a.</translation>
    </message>
    <message>
        <source>%1 is paused; resume it (or cancel it) instead.</source>
        <translation>%1 está em pausa; em vez disso, retome-a (ou cancele-a).</translation>
    </message>
    <message>
        <source>%1 is %2 and has not started; it cannot be %3. Start it first.</source>
        <extracomment>%2 is the state&apos;s label (draft, scheduled); %3 what was asked (paused, resumed…).</extracomment>
        <translation>%1 está no estado %2 e ainda não foi iniciada; não pode ser %3. Inicie-a primeiro.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; look at it again and retry.</source>
        <translation>%1 foi alterada entretanto por outra pessoa; volte a consultá-la e tente novamente.</translation>
    </message>
    <message>
        <source>%1 has no message waiting to be sent: every row of its file was rejected, or its messages were cancelled. Its rejects say why; fix the file and import it again.</source>
        <translation>%1 não tem nenhuma mensagem à espera de envio: todas as linhas do ficheiro foram rejeitadas, ou as mensagens foram canceladas. As linhas rejeitadas indicam o motivo; corrija o ficheiro e importe-o novamente.</translation>
    </message>
    <message>
        <source>started</source>
        <comment>it cannot be …</comment>
        <translation>iniciada</translation>
    </message>
    <message>
        <source>campaign started</source>
        <translation>campanha iniciada</translation>
    </message>
    <message>
        <source>The start time is not a valid date and time; write it as ISO 8601, e.g. 2026-03-01T09:00:00Z.</source>
        <translation>A hora de início não é uma data e hora válidas; escreva-a em ISO 8601, p. ex. 2026-03-01T09:00:00Z.</translation>
    </message>
    <message>
        <source>The start time %1 is not in the future (it is now %2). Give a later time, or start the campaign now.</source>
        <translation>A hora de início %1 não está no futuro (agora são %2). Indique uma hora posterior ou inicie a campanha agora.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>it cannot be …</comment>
        <translation>agendada</translation>
    </message>
    <message>
        <source>%1 is paused already.</source>
        <translation>%1 já está em pausa.</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>it cannot be …</comment>
        <translation>pausada</translation>
    </message>
    <message>
        <source>campaign paused</source>
        <translation>campanha pausada</translation>
    </message>
    <message>
        <source>%1 is running already.</source>
        <translation>%1 já está em curso.</translation>
    </message>
    <message>
        <source>%1 has not started, so there is nothing to resume; start it instead.</source>
        <translation>%1 ainda não foi iniciada, por isso não há nada para retomar; inicie-a.</translation>
    </message>
    <message>
        <source>resumed</source>
        <comment>it cannot be …</comment>
        <translation>retomada</translation>
    </message>
    <message>
        <source>campaign resumed</source>
        <translation>campanha retomada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>it cannot be …</comment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>campaign cancelled</source>
        <translation>campanha cancelada</translation>
    </message>
    <message>
        <source>scheduled start</source>
        <translation>início agendado</translation>
    </message>
    <message>
        <source>%1 is no longer a draft, so it was kept; cancel it instead.</source>
        <translation>%1 já não é um rascunho, por isso foi mantida; em vez disso, cancele-a.</translation>
    </message>
    <message>
        <source>%1 finished importing; cancel it instead of removing it.</source>
        <translation>%1 já terminou a importação; cancele a campanha em vez de a remover.</translation>
    </message>
    <message>
        <source>campaign scheduled for %1</source>
        <extracomment>%1 is the time it will start (ISO 8601, UTC)</extracomment>
        <translation>campanha agendada para %1</translation>
    </message>
    <message>
        <source>campaign completed</source>
        <translation>campanha concluída</translation>
    </message>
</context>
<context>
    <name>CampaignMonitorWorker</name>
    <message>
        <source>Unknown campaign action.</source>
        <translation>Ação de campanha desconhecida.</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Não foi possível ler a base de dados: %1</translation>
    </message>
    <message>
        <source>The store could not count a campaign&apos;s messages: %1</source>
        <translation>A base de dados não conseguiu contar as mensagens de uma campanha: %1</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>There is no campaign %1 (was it removed?); the campaign list shows the ids.</source>
        <translation>Não existe a campanha %1 (foi removida?); a lista de campanhas mostra os IDs.</translation>
    </message>
</context>
<context>
    <name>CampaignState</name>
    <message>
        <source>importing</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>a importar</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>agendada</translation>
    </message>
    <message>
        <source>running</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>em curso</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>em pausa</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>concluída</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Não entregues</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Messages not released yet (pending) or waiting for the dispatcher (queued).</source>
        <translation>Mensagens ainda não libertadas (pending) ou à espera do serviço de envio (queued).</translation>
    </message>
    <message>
        <source>Messages being submitted, or whose outcome is being reconciled (unknown).</source>
        <translation>Mensagens a ser submetidas, ou cujo resultado está a ser reconciliado (unknown).</translation>
    </message>
    <message>
        <source>Accepted by Restcomm; delivery not known yet.</source>
        <translation>Aceites pelo Restcomm; entrega ainda desconhecida.</translation>
    </message>
    <message>
        <source>Failed (refused or given up) or undelivered (the handset was not reached).</source>
        <translation>Com falha (recusadas ou abandonadas) ou não entregues (o telemóvel não foi alcançado).</translation>
    </message>
    <message>
        <source>Segments × the cost per segment of each message&apos;s rule, cancelled messages left out.</source>
        <translation>Segmentos × o custo por segmento da regra de cada mensagem, excluindo as mensagens canceladas.</translation>
    </message>
    <message>
        <source>For a running campaign: the time until every message is submitted, at the rate of the last minute.</source>
        <translation>Para uma campanha em curso: o tempo até todas as mensagens serem submetidas, ao ritmo do último minuto.</translation>
    </message>
    <message>
        <source>importing… %1</source>
        <translation>a importar… %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazia</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>De %1: %2</translation>
    </message>
    <message>
        <source>%1 pending, %2 queued</source>
        <translation>%1 pendentes, %2 em fila</translation>
    </message>
    <message>
        <source>%1 submitting, %2 unknown (reconciled before anything is sent again)</source>
        <translation>%1 a ser submetidas, %2 desconhecidas (reconciliadas antes de qualquer novo envio)</translation>
    </message>
    <message>
        <source>%1 failed, %2 undelivered</source>
        <translation>%1 com falha, %2 não entregues</translation>
    </message>
    <message>
        <source>%1 more rejected before sending</source>
        <translation>mais %1 rejeitadas antes do envio</translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation>Começa em %1</translation>
    </message>
    <message>
        <source>Not enough progress in the last minute to estimate.</source>
        <translation>Progresso insuficiente no último minuto para fazer uma estimativa.</translation>
    </message>
    <message>
        <source>%1 messages left at %2 messages/s (the last minute&apos;s rate).</source>
        <translation>Faltam %1 mensagens a %2 mensagens/s (o ritmo do último minuto).</translation>
    </message>
    <message numerus="yes">
        <source>Still importing: %Ln row(s) accepted so far.</source>
        <translation>
            <numerusform>Ainda a importar: %Ln linha aceite até agora.</numerusform>
            <numerusform>Ainda a importar: %Ln linhas aceites até agora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln message(s) sent or settled</source>
        <translation>
            <numerusform>%1 de %Ln mensagem enviada ou concluída</numerusform>
            <numerusform>%1 de %Ln mensagens enviadas ou concluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segmento</numerusform>
            <numerusform>%Ln segmentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Filter campaigns (Ctrl+F)</source>
        <translation>Filtrar campanhas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Recipient lists imported from CSV files and sent through your routing rules: start, schedule, pause, resume or cancel them, and follow each one live.</source>
        <translation>Listas de destinatários importadas de ficheiros CSV e enviadas segundo as suas regras de encaminhamento: inicie, agende, pause, retome ou cancele cada uma e acompanhe-a em direto.</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nova campanha…</translation>
    </message>
    <message>
        <source>Import a CSV file of recipients and write the message (Ctrl+N).</source>
        <translation>Importar um ficheiro CSV de destinatários e escrever a mensagem (Ctrl+N).</translation>
    </message>
    <message>
        <source>No campaigns yet. Import a CSV file of recipients, write the message with the file&apos;s columns, and see what it will cost before anything is sent.</source>
        <translation>Ainda não há campanhas. Importe um ficheiro CSV de destinatários, escreva a mensagem com as colunas do ficheiro e veja quanto vai custar antes de qualquer envio.</translation>
    </message>
    <message>
        <source>Import recipients…</source>
        <translation>Importar destinatários…</translation>
    </message>
    <message>
        <source>Right-click to choose the columns.</source>
        <translation>Clique com o botão direito para escolher as colunas.</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>a processar…</translation>
    </message>
    <message>
        <source>Campaign saved as a draft: start or schedule it here when you are ready.</source>
        <translation>Campanha guardada como rascunho: inicie-a ou agende-a aqui quando quiser.</translation>
    </message>
    <message>
        <source>The campaigns could not be read: %1</source>
        <translation>Não foi possível ler as campanhas: %1</translation>
    </message>
    <message>
        <source>Started campaign “%1”: its messages are queued for the dispatcher.</source>
        <translation>Campanha «%1» iniciada: as suas mensagens estão em fila para o serviço de envio.</translation>
    </message>
    <message>
        <source>Campaign “%1” starts at %2.</source>
        <translation>A campanha «%1» começa em %2.</translation>
    </message>
    <message>
        <source>Paused campaign “%1”: waiting messages stay; those being submitted finish.</source>
        <translation>Campanha «%1» em pausa: as mensagens em espera ficam; as que estão a ser submetidas terminam.</translation>
    </message>
    <message>
        <source>Resumed campaign “%1”.</source>
        <translation>Campanha «%1» retomada.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel campaign “%1”? %Ln waiting message(s) will not be sent.</source>
        <translation>
            <numerusform>Cancelar a campanha «%1»? %Ln mensagem em espera não será enviada.</numerusform>
            <numerusform>Cancelar a campanha «%1»? %Ln mensagens em espera não serão enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 being submitted and %2 awaiting reconciliation finish on their own.</source>
        <translation>Terminam por si as mensagens a ser submetidas (%1) e as que aguardam reconciliação (%2).</translation>
    </message>
    <message>
        <source>%1 already sent are still followed until delivered.</source>
        <translation>As mensagens já enviadas (%1) continuam a ser acompanhadas até à entrega.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Não é possível anular esta ação.</translation>
    </message>
    <message>
        <source>%1, %2, about %3</source>
        <translation>%1, %2, cerca de %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segmento</numerusform>
            <numerusform>%Ln segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln carrier(s)</source>
        <translation>
            <numerusform>%Ln operadora</numerusform>
            <numerusform>%Ln operadoras</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1, through %2, starting %3?</source>
        <translation>Enviar %1, através de %2, a partir de %3?</translation>
    </message>
    <message>
        <source>Send %1, through %2?</source>
        <translation>Enviar %1, através de %2?</translation>
    </message>
    <message>
        <source>Schedule campaign “%1”</source>
        <translation>Agendar a campanha «%1»</translation>
    </message>
    <message>
        <source>Start campaign “%1”</source>
        <translation>Iniciar a campanha «%1»</translation>
    </message>
    <message>
        <source>The cost is estimated from your routing rules; carriers may bill differently.</source>
        <translation>O custo é estimado a partir das suas regras de encaminhamento; as operadoras podem faturar de outra forma.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <source>Start sending</source>
        <translation>Iniciar envio</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Cancelar campanha</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>An export is still running; wait for it to finish (or cancel it) first.</source>
        <translation>Ainda há uma exportação em curso; aguarde que termine (ou cancele-a) primeiro.</translation>
    </message>
    <message>
        <source>Exporting the rejects of “%1”</source>
        <translation>A exportar as linhas rejeitadas de «%1»</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum ficheiro foi escrito.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rejected row(s) of “%1” to %2.</source>
        <translation>
            <numerusform>%Ln linha rejeitada de «%1» guardada em %2.</numerusform>
            <numerusform>%Ln linhas rejeitadas de «%1» guardadas em %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>%1 rejects.csv</source>
        <translation>%1 rejeitadas.csv</translation>
    </message>
    <message>
        <source>Export rejects</source>
        <translation>Exportar linhas rejeitadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ficheiros CSV (*.csv);;Todos os ficheiros (*)</translation>
    </message>
</context>
<context>
    <name>CancelSummary</name>
    <message numerus="yes">
        <source>Cancelled campaign %1: %n message(s) will not be sent.</source>
        <translation>
            <numerusform>Campanha %1 cancelada: %n mensagem não será enviada.</numerusform>
            <numerusform>Campanha %1 cancelada: %n mensagens não serão enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being submitted</source>
        <translation>
            <numerusform>%n a ser submetida</numerusform>
            <numerusform>%n a ser submetidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting reconciliation</source>
        <translation>
            <numerusform>%n a aguardar reconciliação</numerusform>
            <numerusform>%n a aguardar reconciliação</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message numerus="yes">
        <source> %n were already sent; their delivery is still followed.</source>
        <translation>
            <numerusform> %n já tinha sido enviada; a sua entrega continua a ser acompanhada.</numerusform>
            <numerusform> %n já tinham sido enviadas; a sua entrega continua a ser acompanhada.</numerusform>
        </translation>
    </message>
    <message>
        <source> Finishing on their own: %1.</source>
        <translation> Terminam por si as que já estão em curso: %1.</translation>
    </message>
</context>
<context>
    <name>CarrierAccounts</name>
    <message>
        <source>Restcomm knows the account of “%1”, but it is %2: nothing can be sent through it until it is active again.</source>
        <translation>O Restcomm reconhece a conta de «%1», mas o estado da conta é «%2»: nada pode ser enviado através dela até voltar a estar ativa.</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>Restcomm accepted the credentials of “%1”: account “%2” (%3) is active.</source>
        <translation>O Restcomm aceitou as credenciais de «%1»: a conta «%2» (%3) está ativa.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; Restcomm uses it as the sub-account&apos;s login.</source>
        <translation>«%1» não é um endereço de e-mail; o Restcomm usa-o como nome de início de sessão da subconta.</translation>
    </message>
    <message>
        <source>Give the new sub-account a password (on standard input for the CLI).</source>
        <translation>Defina uma palavra-passe para a nova subconta (pela entrada padrão, no caso da CLI).</translation>
    </message>
    <message>
        <source>Restcomm sub-account %1 (%2)</source>
        <translation>Subconta Restcomm %1 (%2)</translation>
    </message>
    <message>
        <source>Restcomm created the sub-account %1 (%2), but it could not be saved as a carrier: %3 Add it by hand with that Account SID and md5 of its password as the token.</source>
        <translation>O Restcomm criou a subconta %1 (%2), mas não foi possível guardá-la como operadora: %3 Adicione-a manualmente com esse Account SID e o md5 da respetiva palavra-passe como token.</translation>
    </message>
</context>
<context>
    <name>CarrierCommands</name>
    <message numerus="yes">
        <source>%1 (%n in a row)</source>
        <translation>
            <numerusform>%1 (%n falha seguida)</numerusform>
            <numerusform>%1 (%n falhas seguidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restcomm Account SID (AC + 32 hex digits).</source>
        <translation>Account SID do Restcomm (AC + 32 dígitos hexadecimais).</translation>
    </message>
    <message>
        <source>Restcomm API base (default %1).</source>
        <translation>Base da API do Restcomm (predefinição: %1).</translation>
    </message>
    <message>
        <source>Messages per second (default 10).</source>
        <translation>Mensagens por segundo (predefinição: 10).</translation>
    </message>
    <message>
        <source>Requests open at once, 1–1000 (default 6).</source>
        <translation>Pedidos em curso em simultâneo, 1–1000 (predefinição: 6).</translation>
    </message>
    <message>
        <source>Extra PEM CA certificate(s) for this carrier&apos;s TLS (&quot;&quot; to clear).</source>
        <translation>Certificado(s) de AC PEM adicionais para o TLS desta operadora (&quot;&quot; para limpar).</translation>
    </message>
    <message>
        <source>Free text for operators.</source>
        <translation>Texto livre para os utilizadores.</translation>
    </message>
    <message>
        <source>Keep the carrier but send nothing through it.</source>
        <translation>Manter a operadora, mas sem enviar nada através dela.</translation>
    </message>
    <message>
        <source>Send through the carrier again.</source>
        <translation>Voltar a enviar através da operadora.</translation>
    </message>
    <message>
        <source>Give the carrier a new name.</source>
        <translation>Dar um novo nome à operadora.</translation>
    </message>
    <message>
        <source>Read the Auth Token from standard input (else $SMSROUTER_TOKEN).</source>
        <translation>Ler o Auth Token da entrada padrão (senão, de $SMSROUTER_TOKEN).</translation>
    </message>
    <message>
        <source>Create a new Restcomm sub-account under --parent for this carrier (its password on standard input).</source>
        <translation>Criar uma nova subconta Restcomm sob --parent para esta operadora (com a palavra-passe na entrada padrão).</translation>
    </message>
    <message>
        <source>The carrier whose account creates the sub-account.</source>
        <translation>A operadora cuja conta cria a subconta.</translation>
    </message>
    <message>
        <source>The sub-account&apos;s e-mail address (its login).</source>
        <translation>O endereço de e-mail da subconta (usado para iniciar sessão).</translation>
    </message>
    <message>
        <source>--rate takes a number of messages per second, such as 10 or 0.5.</source>
        <translation>--rate aceita um número de mensagens por segundo, como 10 ou 0.5.</translation>
    </message>
    <message>
        <source>--max-in-flight takes a whole number from 1 to 1000.</source>
        <translation>--max-in-flight aceita um número inteiro de 1 a 1000.</translation>
    </message>
    <message>
        <source>Give either --enabled or --disabled, not both.</source>
        <translation>Indique --enabled ou --disabled, mas não ambos.</translation>
    </message>
    <message>
        <source>Auth Token:</source>
        <translation>Auth Token:</translation>
    </message>
    <message>
        <source>--create-subaccount needs --parent CARRIER and --email ADDR, and the new password on standard input.</source>
        <translation>--create-subaccount requer --parent CARRIER e --email ADDR, e a nova palavra-passe na entrada padrão.</translation>
    </message>
    <message>
        <source>Restcomm chooses the SID of a new sub-account; leave out --account-sid.</source>
        <translation>O Restcomm escolhe o SID de uma nova subconta; omita --account-sid.</translation>
    </message>
    <message>
        <source>Password for the new sub-account:</source>
        <translation>Palavra-passe da nova subconta:</translation>
    </message>
    <message>
        <source>Give the new sub-account&apos;s password on standard input.</source>
        <translation>Indique a palavra-passe da nova subconta na entrada padrão.</translation>
    </message>
    <message>
        <source>Restcomm did not answer in time; check whether the sub-account exists before trying again.</source>
        <translation>O Restcomm não respondeu a tempo; verifique se a subconta existe antes de tentar novamente.</translation>
    </message>
    <message>
        <source>Created Restcomm sub-account %1 and added it as carrier “%2”; token kept in the %3.</source>
        <translation>Subconta Restcomm %1 criada e adicionada como operadora «%2»; token guardado em %3.</translation>
    </message>
    <message>
        <source>Name the carrier: carrier add NAME --account-sid SID --token-stdin.</source>
        <translation>Indique o nome da operadora: carrier add NAME --account-sid SID --token-stdin.</translation>
    </message>
    <message>
        <source>--account-sid is required.</source>
        <translation>--account-sid é obrigatório.</translation>
    </message>
    <message>
        <source>Give the carrier&apos;s token on standard input with --token-stdin, or in $SMSROUTER_TOKEN; it is never taken from the command line.</source>
        <translation>Indique o token da operadora na entrada padrão com --token-stdin, ou em $SMSROUTER_TOKEN; nunca é lido a partir da linha de comandos.</translation>
    </message>
    <message>
        <source>No carriers yet. Add one with: smsrouter-cli carrier add NAME --account-sid SID --token-stdin</source>
        <translation>Ainda não há operadoras. Adicione uma com: smsrouter-cli carrier add NAME --account-sid SID --token-stdin</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>ACCOUNT SID</source>
        <translation>ACCOUNT SID</translation>
    </message>
    <message>
        <source>RATE/S</source>
        <translation>RITMO/S</translation>
    </message>
    <message>
        <source>IN FLIGHT</source>
        <translation>EM CURSO</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ATIVADA</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>URL BASE</translation>
    </message>
    <message>
        <source>Name the carrier: carrier show NAME.</source>
        <translation>Indique o nome da operadora: carrier show NAME.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>Máximo em curso</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ativada</translation>
    </message>
    <message>
        <source>Token kept in</source>
        <translation>Token guardado em</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Ficheiro da AC</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Health detail</source>
        <translation>Detalhe do estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizada</translation>
    </message>
    <message>
        <source>Name the carrier: carrier update NAME [options].</source>
        <translation>Indique o nome da operadora: carrier update NAME [options].</translation>
    </message>
    <message>
        <source>Nothing to change for carrier “%1”: give the fields to change (--rate, --base-url, --disabled, --token-stdin, …).</source>
        <translation>Nada a alterar na operadora «%1»: indique os campos a alterar (--rate, --base-url, --disabled, --token-stdin, …).</translation>
    </message>
    <message>
        <source>Updated carrier “%1”.</source>
        <translation>Operadora «%1» atualizada.</translation>
    </message>
    <message>
        <source>Name the carrier: carrier remove NAME.</source>
        <translation>Indique o nome da operadora: carrier remove NAME.</translation>
    </message>
    <message>
        <source>Removed carrier “%1” and its token.</source>
        <translation>Operadora «%1» removida, juntamente com o seu token.</translation>
    </message>
    <message>
        <source>Name the carrier: carrier test NAME.</source>
        <translation>Indique o nome da operadora: carrier test NAME.</translation>
    </message>
    <message>
        <source>Restcomm did not answer within 60 s.</source>
        <translation>O Restcomm não respondeu em 60 s.</translation>
    </message>
    <message>
        <source>Add a carrier (token from --token-stdin or $SMSROUTER_TOKEN).</source>
        <translation>Adicionar uma operadora (token de --token-stdin ou de $SMSROUTER_TOKEN).</translation>
    </message>
    <message>
        <source>List the carriers.</source>
        <translation>Listar as operadoras.</translation>
    </message>
    <message>
        <source>Show one carrier.</source>
        <translation>Mostrar uma operadora.</translation>
    </message>
    <message>
        <source>Change a carrier&apos;s fields or token.</source>
        <translation>Alterar os campos ou o token de uma operadora.</translation>
    </message>
    <message>
        <source>Check the carrier&apos;s credentials with Restcomm (account status and name).</source>
        <translation>Verificar as credenciais da operadora junto do Restcomm (estado e nome da conta).</translation>
    </message>
    <message>
        <source>Remove a carrier no rule uses, and its token.</source>
        <translation>Remover uma operadora que nenhuma regra utilize, e o seu token.</translation>
    </message>
    <message>
        <source>Added carrier “%1” (id %2); token kept in the store&apos;s database.</source>
        <translation>Operadora «%1» adicionada (ID %2); o token fica guardado na base de dados.</translation>
    </message>
    <message>
        <source>Added carrier “%1” (id %2); token kept in the keychain.</source>
        <translation>Operadora «%1» adicionada (ID %2); o token fica guardado no porta-chaves.</translation>
    </message>
    <message>
        <source>Answer a STOP reply with one confirmation message: yes or no (default no).</source>
        <translation>Responder a uma resposta STOP com uma mensagem de confirmação: yes ou no (predefinição: no).</translation>
    </message>
    <message>
        <source>--confirm-stop takes “yes” or “no”.</source>
        <translation>--confirm-stop aceita «yes» ou «no».</translation>
    </message>
    <message>
        <source>Confirms STOP replies</source>
        <translation>Confirma respostas STOP</translation>
    </message>
</context>
<context>
    <name>CarrierEditor</name>
    <message>
        <source>e.g. Carrier UK</source>
        <translation>p. ex. Operadora UK</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC seguido de 32 dígitos hexadecimais</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> msg/s</translation>
    </message>
    <message>
        <source>only if the carrier uses its own certificate authority</source>
        <translation>só se a operadora usar a sua própria autoridade de certificação</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Send messages through this carrier</source>
        <translation>Enviar mensagens através desta operadora</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Account &amp;SID:</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>Auth &amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Ritmo:</translation>
    </message>
    <message>
        <source>Max in &amp;flight:</source>
        <translation>Máximo em &amp;curso:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Ficheiro da &amp;AC:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Keep tokens in the database instead…</source>
        <translation>Guardar os tokens na base de dados…</translation>
    </message>
    <message>
        <source>New carrier</source>
        <translation>Nova operadora</translation>
    </message>
    <message>
        <source>Edit carrier “%1”</source>
        <translation>Editar operadora «%1»</translation>
    </message>
    <message>
        <source>Paste the Auth Token from the Restcomm console</source>
        <translation>Cole o Auth Token da consola do Restcomm</translation>
    </message>
    <message>
        <source>Paste the carrier&apos;s Auth Token.</source>
        <translation>Cole o Auth Token da operadora.</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>Corrija primeiro os campos assinalados acima.</translation>
    </message>
    <message>
        <source>Keep tokens in the database?</source>
        <translation>Guardar os tokens na base de dados?</translation>
    </message>
    <message>
        <source>Tokens kept in the database are stored unencrypted in the store file. Anyone who can read that file (or a copy or backup of it) can send messages through your carriers.</source>
        <translation>Os tokens guardados na base de dados ficam sem encriptação no ficheiro da base de dados. Quem conseguir ler esse ficheiro (ou uma cópia ou cópia de segurança dele) pode enviar mensagens através das suas operadoras.</translation>
    </message>
    <message>
        <source>You can move them to the keychain later, under Settings → Keep tokens in.</source>
        <translation>Pode movê-los mais tarde para o porta-chaves, em Definições → Guardar os tokens em.</translation>
    </message>
    <message>
        <source>Keep tokens in the database</source>
        <translation>Guardar na base de dados</translation>
    </message>
    <message>
        <source>This window was started with a token store chosen on the command line (--secret-store or SMSROUTER_SECRET_STORE); start it without one to change where tokens are kept.</source>
        <translation>Esta janela foi iniciada com o local dos tokens escolhido na linha de comandos (--secret-store ou SMSROUTER_SECRET_STORE); inicie-a sem essa opção para alterar onde os tokens são guardados.</translation>
    </message>
    <message>
        <source>Choose the carrier&apos;s CA certificate</source>
        <translation>Escolha o certificado da AC da operadora</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>●●●●●● stored in the keychain — type to replace</source>
        <translation>●●●●●● guardado no porta-chaves — escreva para substituir</translation>
    </message>
    <message>
        <source>●●●●●● stored in the store&apos;s database — type to replace</source>
        <translation>●●●●●● guardado na base de dados — escreva para substituir</translation>
    </message>
    <message>
        <source>Confirm STOP replies with a message</source>
        <translation>Confirmar respostas STOP com uma mensagem</translation>
    </message>
    <message>
        <source>A number that replies with a stop word gets one message through this carrier: “You will receive no more messages.” It is billed like any other.</source>
        <translation>Um número que responda com uma palavra de exclusão recebe uma mensagem através desta operadora: «You will receive no more messages.» É cobrada como qualquer outra.</translation>
    </message>
</context>
<context>
    <name>CarrierHealth</name>
    <message>
        <source>The last request failed</source>
        <translation>O último pedido falhou</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row failed</source>
        <translation>
            <numerusform>%n pedido falhou</numerusform>
            <numerusform>%n pedidos seguidos falharam</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 found nothing answering)</source>
        <translation> (%1 com ligação recusada)</translation>
    </message>
    <message>
        <source>Its breaker is open: messages go to the fallback carriers, and one probes it after the cooldown.</source>
        <translation>O disjuntor desta operadora está aberto: as mensagens seguem para as operadoras alternativas, e uma mensagem volta a testá-la após o período de espera.</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Último erro (%1): %2</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>failing</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>com falhas</translation>
    </message>
    <message>
        <source>breaker open</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>disjuntor aberto</translation>
    </message>
    <message>
        <source>probing</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>a testar</translation>
    </message>
    <message>
        <source>throttled</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>limitada</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>em pausa</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>desativada</translation>
    </message>
    <message>
        <source>no token</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>sem token</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source> (each found nothing answering)</source>
        <translation> (em todos, a ligação foi recusada)</translation>
    </message>
</context>
<context>
    <name>CarrierHealthPanel</name>
    <message>
        <source>&lt;b&gt;Carriers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Operadoras&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Waiting for the dispatcher…</source>
        <translation>À espera do serviço de envio…</translation>
    </message>
    <message>
        <source>This window does not send, so it shows no carrier activity.</source>
        <translation>Esta janela não envia mensagens, por isso não mostra atividade das operadoras.</translation>
    </message>
    <message>
        <source>%1 of %2 msg/s
%3 of %4 in flight</source>
        <translation>%1 de %2 msg/s
%3 de %4 em curso</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Send through %1 again</source>
        <translation>Voltar a enviar através de %1</translation>
    </message>
    <message>
        <source>Stop sending through %1 for now (messages wait in the queue)</source>
        <translation>Parar por agora o envio através de %1 (as mensagens aguardam na fila)</translation>
    </message>
    <message>
        <source>Sending has not started in this window.</source>
        <translation>O envio ainda não começou nesta janela.</translation>
    </message>
    <message>
        <source>All sending is paused.</source>
        <translation>Todo o envio está em pausa.</translation>
    </message>
    <message>
        <source>No carriers to send through yet.</source>
        <translation>Ainda não há operadoras para onde enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight.</source>
        <translation>
            <numerusform>%n pedido em curso.</numerusform>
            <numerusform>%n pedidos em curso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarrierRepository</name>
    <message>
        <source>Carrier %1 no longer exists.</source>
        <translation>A operadora %1 já não existe.</translation>
    </message>
</context>
<context>
    <name>CarrierRuntime</name>
    <message>
        <source>The token of carrier “%1” cannot be read: %2</source>
        <translation>Não é possível ler o token da operadora «%1»: %2</translation>
    </message>
</context>
<context>
    <name>CarrierSendStateRepository</name>
    <message>
        <source>The store keeps no send state for carrier %1.</source>
        <translation>A base de dados não guarda nenhum estado de envio para a operadora %1.</translation>
    </message>
</context>
<context>
    <name>CarrierService</name>
    <message>
        <source>There is no carrier named “%1”; `smsrouter-cli carrier list` shows them.</source>
        <translation>Não existe nenhuma operadora chamada «%1»; `smsrouter-cli carrier list` mostra-as.</translation>
    </message>
    <message>
        <source>Carrier %1 no longer exists.</source>
        <translation>A operadora %1 já não existe.</translation>
    </message>
    <message>
        <source>Enter the carrier&apos;s Auth Token (the Restcomm console shows it beside the Account SID).</source>
        <translation>Introduza o Auth Token da operadora (a consola do Restcomm mostra-o ao lado do Account SID).</translation>
    </message>
    <message>
        <source>The new token is empty; leave the field alone to keep the current token.</source>
        <translation>O novo token está vazio; deixe o campo como está para manter o token atual.</translation>
    </message>
    <message numerus="yes">
        <source>Carrier “%1” is still used by %n rule(s): %2. Remove those rules or give them another carrier first.</source>
        <translation>
            <numerusform>A operadora «%1» ainda é usada por %n regra: %2. Remova essa regra ou atribua-lhe outra operadora primeiro.</numerusform>
            <numerusform>A operadora «%1» ainda é usada por %n regras: %2. Remova essas regras ou atribua-lhes outra operadora primeiro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carrier “%1” still has %n message(s) to send or follow (waiting, being sent, unknown, or sent without a final status, including as a fallback). Disable it instead, and delete it once they are final.</source>
        <translation>
            <numerusform>A operadora «%1» ainda tem %n mensagem por enviar ou acompanhar (em espera, a ser enviada, desconhecida ou enviada sem estado final, incluindo como alternativa). Em vez disso, desative-a e elimine-a quando essa mensagem tiver um estado final.</numerusform>
            <numerusform>A operadora «%1» ainda tem %n mensagens por enviar ou acompanhar (em espera, a ser enviadas, desconhecidas ou enviadas sem estado final, incluindo como alternativa). Em vez disso, desative-a e elimine-a quando todas tiverem um estado final.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is not available: no keyring such as GNOME Keyring or KWallet answered, or it is locked. This store is on a server, where tokens are kept only in each operator&apos;s keychain: start and unlock your keyring and save again.</source>
        <translation>O porta-chaves do sistema não está disponível: nenhum porta-chaves, como o GNOME Keyring ou o KWallet, respondeu, ou está bloqueado. Esta base de dados está num servidor, onde os tokens são guardados apenas no porta-chaves de cada operador: inicie e desbloqueie o seu porta-chaves e guarde novamente.</translation>
    </message>
</context>
<context>
    <name>CarrierTableModel</name>
    <message>
        <source>%L1 msg/s</source>
        <translation>%L1 msg/s</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ativada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>em falta</translation>
    </message>
    <message>
        <source>The token is kept unencrypted in the store database.</source>
        <translation>O token está guardado sem encriptação na base de dados.</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>O token está guardado no porta-chaves do sistema.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Token kept in</source>
        <translation>Token guardado em</translation>
    </message>
</context>
<context>
    <name>CarrierValidator</name>
    <message>
        <source>Give the carrier a name.</source>
        <translation>Dê um nome à operadora.</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end of the name.</source>
        <translation>Remova os espaços no início ou no fim do nome.</translation>
    </message>
    <message>
        <source>Use a name of at most 100 characters.</source>
        <translation>Use um nome com no máximo 100 carateres.</translation>
    </message>
    <message>
        <source>A carrier named “%1” already exists; choose another name.</source>
        <translation>Já existe uma operadora chamada «%1»; escolha outro nome.</translation>
    </message>
    <message>
        <source>Enter the Account SID: “AC” followed by 32 hexadecimal digits.</source>
        <translation>Introduza o Account SID: «AC» seguido de 32 dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>An Account SID starts with “AC”; copy it from the Restcomm console.</source>
        <translation>Um Account SID começa por «AC»; copie-o da consola do Restcomm.</translation>
    </message>
    <message numerus="yes">
        <source>An Account SID is “AC” followed by 32 hexadecimal digits (0–9, a–f); this one has %n character(s) after “AC”.</source>
        <translation>
            <numerusform>Um Account SID é «AC» seguido de 32 dígitos hexadecimais (0–9, a–f); este tem %n caráter depois de «AC».</numerusform>
            <numerusform>Um Account SID é «AC» seguido de 32 dígitos hexadecimais (0–9, a–f); este tem %n carateres depois de «AC».</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the base URL, for example %1.</source>
        <translation>Introduza o URL base, por exemplo %1.</translation>
    </message>
    <message>
        <source>The base URL is not a valid address; it should look like %1.</source>
        <translation>O URL base não é um endereço válido; deve ser semelhante a %1.</translation>
    </message>
    <message>
        <source>Remove the “?…” or “#…” part from the base URL.</source>
        <translation>Remova a parte «?…» ou «#…» do URL base.</translation>
    </message>
    <message>
        <source>Use https:// — plain http:// would send the token unencrypted, so it is only allowed to this computer (127.0.0.1, ::1, localhost).</source>
        <translation>Use https:// — com http:// simples, o token seria enviado sem encriptação, por isso só é permitido para este computador (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>O URL base tem de começar por https://.</translation>
    </message>
    <message>
        <source>Set a rate above 0 messages per second (fractions such as 0.5 are allowed).</source>
        <translation>Defina um ritmo superior a 0 mensagens por segundo (são permitidas frações como 0.5).</translation>
    </message>
    <message>
        <source>A rate above 100,000 messages per second is not a real limit; enter the carrier&apos;s agreed rate.</source>
        <translation>Um ritmo superior a 100 000 mensagens por segundo não é um limite real; introduza o ritmo acordado com a operadora.</translation>
    </message>
    <message>
        <source>Allow between 1 and %1 requests in flight.</source>
        <translation>Permita entre 1 e %1 pedidos em curso.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist; choose the PEM file your carrier gave you, or leave the field empty.</source>
        <translation>O ficheiro da AC %1 não existe; escolha o ficheiro PEM que a sua operadora lhe forneceu ou deixe o campo vazio.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read (%2).</source>
        <translation>Não é possível ler o ficheiro da AC %1 (%2).</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate (“-----BEGIN CERTIFICATE-----”).</source>
        <translation>O ficheiro da AC %1 não contém nenhum certificado PEM («-----BEGIN CERTIFICATE-----»).</translation>
    </message>
</context>
<context>
    <name>CarriersJsonImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1). The file must be one JSON object like %2.</source>
        <translation>isto não é JSON válido (%1). O ficheiro tem de ser um único objeto JSON como %2.</translation>
    </message>
    <message>
        <source>“%1” is missing; give %2.</source>
        <translation>Falta «%1»; indique %2.</translation>
    </message>
    <message>
        <source>“%1” must be a string (in quotes).</source>
        <translation>«%1» tem de ser uma cadeia de texto (entre aspas).</translation>
    </message>
    <message>
        <source>The file must be one JSON object like %1.</source>
        <translation>O ficheiro tem de ser um único objeto JSON como %1.</translation>
    </message>
    <message>
        <source>The file holds no carriers; expected %1.</source>
        <translation>O ficheiro não contém nenhuma operadora; era esperado %1.</translation>
    </message>
    <message>
        <source>“%1” is not a country this program knows%2; use the country&apos;s English name or its two-letter code (portugal, uk, germany, PT, …).</source>
        <translation>«%1» não é um país que este programa conheça%2; use o nome do país em inglês ou o seu código de duas letras (portugal, uk, germany, PT, …).</translation>
    </message>
    <message>
        <source> (did you mean “%1”?)</source>
        <translation> (queria dizer «%1»?)</translation>
    </message>
    <message>
        <source>“%1” is %2, like “%3”; give each country once.</source>
        <translation>«%1» é %2, tal como «%3»; indique cada país uma única vez.</translation>
    </message>
    <message>
        <source>The value must be an object with “carrier”, “acctsid” and “accttoken”.</source>
        <translation>O valor tem de ser um objeto com «carrier», «acctsid» e «accttoken».</translation>
    </message>
    <message>
        <source>the carrier&apos;s name</source>
        <translation>o nome da operadora</translation>
    </message>
    <message>
        <source>the Restcomm Account SID (AC + 32 hexadecimal digits)</source>
        <translation>o Account SID do Restcomm (AC + 32 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>the Restcomm Auth Token of that account</source>
        <translation>o Auth Token do Restcomm dessa conta</translation>
    </message>
    <message>
        <source>The carrier name “%1” is also used by “%2” with another Account SID or token; give each carrier its own name.</source>
        <translation>O nome de operadora «%1» também é usado por «%2» com outro Account SID ou token; dê a cada operadora o seu próprio nome.</translation>
    </message>
    <message>
        <source>Imported from carriers.json (key “%1”).</source>
        <translation>Importada de carriers.json (chave «%1»).</translation>
    </message>
    <message>
        <source>%1 → country %2: carrier “%3” (%4)</source>
        <translation>%1 → país %2: operadora «%3» (%4)</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <source>Carriers</source>
        <translation>Operadoras</translation>
    </message>
    <message>
        <source>Restcomm accounts or sub-accounts that terminate your traffic, each with its own Account SID and token.</source>
        <translation>Contas ou subcontas Restcomm que terminam o seu tráfego, cada uma com o seu próprio Account SID e token.</translation>
    </message>
    <message>
        <source>Add carrier…</source>
        <translation>Adicionar operadora…</translation>
    </message>
    <message>
        <source>No carriers yet. A carrier is a Restcomm account or sub-account that sends your messages; you need its Account SID and Auth Token.</source>
        <translation>Ainda não há operadoras. Uma operadora é uma conta ou subconta Restcomm que envia as suas mensagens; precisa do respetivo Account SID e Auth Token.</translation>
    </message>
    <message>
        <source>Add your first carrier</source>
        <translation>Adicionar a primeira operadora</translation>
    </message>
    <message>
        <source>Filter carriers (Ctrl+F)</source>
        <translation>Filtrar operadoras (Ctrl+F)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar ligação</translation>
    </message>
    <message>
        <source>Ask Restcomm whether this carrier&apos;s Account SID and token work.</source>
        <translation>Perguntar ao Restcomm se o Account SID e o token desta operadora funcionam.</translation>
    </message>
    <message>
        <source>New sub-account…</source>
        <translation>Nova subconta…</translation>
    </message>
    <message>
        <source>Create a Restcomm sub-account under this carrier&apos;s account and add it as a carrier.</source>
        <translation>Criar uma subconta Restcomm na conta desta operadora e adicioná-la como operadora.</translation>
    </message>
    <message>
        <source>Select a carrier to see and change its settings.</source>
        <translation>Selecione uma operadora para ver e alterar as suas definições.</translation>
    </message>
    <message>
        <source>No Restcomm account yet? Try the demo…</source>
        <translation>Ainda não tem conta Restcomm? Experimente a demonstração…</translation>
    </message>
    <message>
        <source>Opens a second window on a separate demo store, with three carriers on a Restcomm simulator running on this computer. Your store stays as it is.</source>
        <translation>Abre uma segunda janela com uma base de dados de demonstração separada, com três operadoras num simulador Restcomm a correr neste computador. A sua base de dados fica como está.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Asking Restcomm about “%1”…</source>
        <translation>A consultar o Restcomm sobre «%1»…</translation>
    </message>
    <message>
        <source>Created Restcomm sub-account %1 as carrier “%2”.</source>
        <translation>Subconta Restcomm %1 criada como operadora «%2».</translation>
    </message>
    <message>
        <source>Delete carrier</source>
        <translation>Eliminar operadora</translation>
    </message>
    <message>
        <source>Delete carrier “%1”? Its token is removed from the %2 as well. Messages already sent through it stay in the delivery log.</source>
        <translation>Eliminar a operadora «%1»? O seu token também é removido %2. As mensagens já enviadas através dela ficam no registo de entregas.</translation>
    </message>
    <message>
        <source>store</source>
        <translation>da base de dados</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>do porta-chaves</translation>
    </message>
    <message>
        <source>Carrier not deleted</source>
        <translation>Operadora não eliminada</translation>
    </message>
</context>
<context>
    <name>ClaimRepository</name>
    <message>
        <source>The store could not share the messages out among the dispatchers: %1</source>
        <translation>A base de dados não conseguiu distribuir as mensagens pelos serviços de envio: %1</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message numerus="yes">
        <source>smsrouter-cli: another program is writing to the store; waiting up to %n second(s) for it…</source>
        <translation>
            <numerusform>smsrouter-cli: outro programa está a escrever na base de dados; a aguardar que termine, até %n segundo…</numerusform>
            <numerusform>smsrouter-cli: outro programa está a escrever na base de dados; a aguardar que termine, até %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (see `%2`)</source>
        <translation>%1 (consulte `%2`)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Store file to use (else $SMSROUTER_DB, else the GUI&apos;s default store).</source>
        <translation>Ficheiro da base de dados a usar (senão $SMSROUTER_DB, senão a base de dados predefinida da interface gráfica).</translation>
    </message>
    <message>
        <source>Where new tokens are kept: keychain or database (else $SMSROUTER_SECRET_STORE, else the store&apos;s setting, else keychain).</source>
        <translation>Onde guardar os novos tokens: keychain ou database (senão $SMSROUTER_SECRET_STORE, senão a definição da base de dados, senão keychain).</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>Saída legível por máquina em stdout.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>Usage: smsrouter-cli [--db PATH] [--secret-store keychain|database] [--json] COMMAND …</source>
        <translation>Utilização: smsrouter-cli [--db PATH] [--secret-store keychain|database] [--json] COMMAND …</translation>
    </message>
    <message>
        <source>SMS Router without a window: carriers, rules, routing, sends, campaigns and the delivery log of one store.</source>
        <translation>SMS Router sem janela: operadoras, regras, encaminhamento, envios, campanhas e o registo de entregas de uma base de dados.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run `smsrouter-cli COMMAND --help` for a command&apos;s options. Exit codes: 0 success, 1 the operation failed, 2 bad usage or invalid input.</source>
        <translation>Execute `smsrouter-cli COMMAND --help` para ver as opções de um comando. Códigos de saída: 0 sucesso, 1 a operação falhou, 2 utilização incorreta ou entrada inválida.</translation>
    </message>
    <message>
        <source>Tokens are never taken from the command line: use --token-stdin or $SMSROUTER_TOKEN.</source>
        <translation>Os tokens nunca são lidos da linha de comandos: use --token-stdin ou $SMSROUTER_TOKEN.</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>«%1» não é um comando.</translation>
    </message>
    <message>
        <source>(see above)</source>
        <translation>(ver acima)</translation>
    </message>
    <message>
        <source>Usage: smsrouter-cli %1 [options] %2</source>
        <translation>Utilização: smsrouter-cli %1 [opções] %2</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <source>National numbers are &amp;in:</source>
        <translation>País dos números &amp;nacionais:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Escrever</translation>
    </message>
    <message>
        <source>Send one message to one or more numbers now, through your routing rules.</source>
        <translation>Envie já uma mensagem para um ou mais números, através das suas regras de encaminhamento.</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Sender number or name</source>
        <translation>Número ou nome do remetente</translation>
    </message>
    <message>
        <source>A number such as +15550001111, or a name of up to 11 letters and digits.</source>
        <translation>Um número como +15550001111, ou um nome com até 11 letras e algarismos.</translation>
    </message>
    <message>
        <source>One number per line, or separated by commas: %1, %2</source>
        <translation>Um número por linha, ou separados por vírgulas: %1, %2</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>A sua mensagem</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Remetente:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinatários:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>&amp;Operadora:</translation>
    </message>
    <message>
        <source>Choose their country…</source>
        <translation>Escolha o país…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Restcomm SID</source>
        <translation>SID do Restcomm</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where it goes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Para onde vai&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent from this page&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enviadas a partir desta página&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chosen by the routing rules</source>
        <translation>Escolhida pelas regras de encaminhamento</translation>
    </message>
    <message>
        <source>Always %1</source>
        <translation>Sempre %1</translation>
    </message>
    <message>
        <source>Type one or more numbers to see where each message goes and what it costs.</source>
        <translation>Introduza um ou mais números para ver para onde vai cada mensagem e quanto custa.</translation>
    </message>
    <message>
        <source>%1 · %2 will be sent · %3 in all</source>
        <translation>%1 · %2 a enviar · %3 no total</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinatário</numerusform>
            <numerusform>%Ln destinatários</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1 messages</source>
        <translation>Enviar %1 mensagens</translation>
    </message>
    <message>
        <source>This character forces UCS-2.</source>
        <translation>Este caráter obriga a UCS-2.</translation>
    </message>
    <message>
        <source>Already sent. Change the text or the recipients to send again.</source>
        <translation>Já enviada. Altere o texto ou os destinatários para enviar novamente.</translation>
    </message>
    <message>
        <source>Nothing can be sent yet.</source>
        <translation>Ainda não há nada que possa ser enviado.</translation>
    </message>
    <message>
        <source>sent from the Compose page</source>
        <translation>enviada a partir da página Escrever</translation>
    </message>
    <message>
        <source>Send it again?</source>
        <translation>Enviar novamente?</translation>
    </message>
    <message>
        <source>Sending again spends money on the same message twice.</source>
        <translation>Enviar novamente gasta dinheiro duas vezes com a mesma mensagem.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar novamente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Nenhuma mensagem foi colocada em fila.</translation>
    </message>
    <message>
        <source>Queued 1 message to %1; follow it below.</source>
        <translation>1 mensagem em fila para %1; acompanhe-a abaixo.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %Ln messages; follow them below.</source>
        <translation>
            <numerusform>%Ln mensagem em fila; acompanhe-a abaixo.</numerusform>
            <numerusform>%Ln mensagens em fila; acompanhe-as abaixo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) could not be sent to: see the list.</source>
        <translation>
            <numerusform>Não foi possível enviar para %Ln destinatário: veja a lista.</numerusform>
            <numerusform>Não foi possível enviar para %Ln destinatários: veja a lista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <source>The token is empty; paste the carrier&apos;s Auth Token.</source>
        <translation>O token está vazio; cole o Auth Token da operadora.</translation>
    </message>
    <message>
        <source>No store is available to keep the token.</source>
        <translation>Não está disponível nenhuma base de dados para guardar o token.</translation>
    </message>
    <message>
        <source>No token has been saved for this carrier. Enter it in the carrier&apos;s form (or `smsrouter-cli carrier update NAME --token-stdin`).</source>
        <translation>Não foi guardado nenhum token para esta operadora. Introduza-o no formulário da operadora (ou `smsrouter-cli carrier update NAME --token-stdin`).</translation>
    </message>
    <message>
        <source>The store&apos;s database cannot keep the token here.</source>
        <translation>A base de dados não pode guardar o token aqui.</translation>
    </message>
    <message>
        <source>No keychain is available to keep the token.</source>
        <translation>Não há nenhum porta-chaves disponível para guardar o token.</translation>
    </message>
</context>
<context>
    <name>CsvArguments</name>
    <message>
        <source>The column holding the numbers: its header name or its number (1 for the first). Default: detected from the header (phone, mobile, msisdn, telemóvel, …) or the content.</source>
        <translation>A coluna com os números: o nome no cabeçalho ou o número da coluna (1 para a primeira). Predefinição: detetada a partir do cabeçalho (phone, mobile, msisdn, telemóvel, …) ou do conteúdo.</translation>
    </message>
    <message>
        <source>Read numbers without +country in this region (else the store&apos;s default region).</source>
        <translation>Ler os números sem +indicativo do país nesta região (senão, na região predefinida da base de dados).</translation>
    </message>
    <message>
        <source>Field separator: one character, or tab, comma, semicolon, pipe. Default: detected.</source>
        <translation>Separador de campos: um caráter, ou tab, comma, semicolon, pipe. Predefinição: detetado.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (UTF-8, UTF-16LE, windows-1252, ISO-8859-1, …). Default: detected (byte-order mark, UTF-16 pattern, UTF-8, else windows-1252).</source>
        <translation>A codificação do ficheiro (UTF-8, UTF-16LE, windows-1252, ISO-8859-1, …). Predefinição: detetada (marca de ordem de bytes, padrão UTF-16, UTF-8, senão windows-1252).</translation>
    </message>
    <message>
        <source>--delimiter “%1” is not a field separator; give one character (, ; |) or the word tab.</source>
        <translation>--delimiter «%1» não é um separador de campos; indique um caráter (, ; |) ou a palavra tab.</translation>
    </message>
    <message>
        <source>--encoding needs a name such as UTF-8 or windows-1252.</source>
        <translation>--encoding requer um nome como UTF-8 ou windows-1252.</translation>
    </message>
    <message>
        <source>--region “%1” is not a region with phone numbers; use a two-letter ISO 3166 code such as GB, PT or US.</source>
        <translation>--region «%1» não é uma região com números de telefone; use um código ISO 3166 de duas letras, como GB, PT ou US.</translation>
    </message>
</context>
<context>
    <name>CsvEncoding</name>
    <message>
        <source>a spreadsheet workbook (.xlsx or .ods)</source>
        <translation>um livro de folha de cálculo (.xlsx ou .ods)</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls)</source>
        <translation>um livro antigo do Excel (.xls)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>um documento PDF</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 has text after the closing quote of a field. Inside a quoted field write a quote as two quotes (&quot;&quot;); reading went on from the next line.</source>
        <translation>A linha %1 tem texto depois das aspas de fecho de um campo. Dentro de um campo entre aspas, escreva cada aspa como duas aspas (&quot;&quot;); a leitura continuou a partir da linha seguinte.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted field that is never closed. Add the missing closing quote (&quot;) or remove the opening one; reading went on from the next line.</source>
        <translation>A linha %1 abre um campo entre aspas que nunca é fechado. Acrescente as aspas de fecho em falta (&quot;) ou remova as de abertura; a leitura continuou a partir da linha seguinte.</translation>
    </message>
    <message>
        <source>Line %1 starts a record longer than %2 characters, most likely because a quote is never closed. Fix the quotes on that line; reading went on from the next line.</source>
        <translation>A linha %1 inicia um registo com mais de %2 carateres, muito provavelmente porque há aspas que nunca são fechadas. Corrija as aspas nessa linha; a leitura continuou a partir da linha seguinte.</translation>
    </message>
    <message>
        <source>Line %1 has bytes that are not valid %2 (shown as �). Choose the file&apos;s real encoding (for example windows-1252), or save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>A linha %1 tem bytes que não são válidos em %2 (apresentados como �). Escolha a codificação real do ficheiro (por exemplo, windows-1252) ou guarde-o a partir da folha de cálculo como «CSV UTF-8» e importe-o novamente.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but %3. A value probably contains the delimiter %4: put quotes around that value, or fix the row.</source>
        <extracomment>%3 is “the header has 4” or “the other rows have 4”; %4 the delimiter (“&apos;;&apos;”, “TAB”).</extracomment>
        <translation>A linha %1 tem %2 campos, mas %3. Provavelmente, um valor contém o separador (%4): coloque esse valor entre aspas ou corrija a linha.</translation>
    </message>
    <message>
        <source>the other rows have %1</source>
        <translation>as outras linhas têm %1</translation>
    </message>
    <message>
        <source>the header has %1</source>
        <translation>o cabeçalho tem %1</translation>
    </message>
    <message>
        <source>TAB</source>
        <extracomment>The tab character, named as a delimiter.</extracomment>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>The CSV file is not open for reading. Check that it exists and that you may read it.</source>
        <translation>O ficheiro CSV não está aberto para leitura. Verifique se existe e se tem permissão para o ler.</translation>
    </message>
    <message>
        <source>Could not read the CSV file: %1.</source>
        <translation>Não foi possível ler o ficheiro CSV: %1.</translation>
    </message>
    <message>
        <source>This file is %1, not CSV text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; (Excel) or &quot;Text CSV&quot; (LibreOffice) and import that file.</source>
        <translation>Este ficheiro é %1, não texto CSV. Guarde-o a partir da folha de cálculo como «CSV UTF-8» (Excel) ou «Texto CSV» (LibreOffice) e importe esse ficheiro.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Use a name such as UTF-8, UTF-16LE, windows-1252, ISO-8859-1 or windows-1255, or leave it empty to detect it.</source>
        <translation>Codificação desconhecida «%1». Use um nome como UTF-8, UTF-16LE, windows-1252, ISO-8859-1 ou windows-1255, ou deixe o campo vazio para a detetar.</translation>
    </message>
    <message>
        <source>Could not read the file from line %1 on: %2. Nothing after that line was read; check the file and import it again.</source>
        <translation>Não foi possível ler o ficheiro a partir da linha %1: %2. Nada depois dessa linha foi lido; verifique o ficheiro e importe-o novamente.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the CSV file: %1. Check the free disk space and that the folder may be written to, then export again.</source>
        <translation>Não foi possível escrever o ficheiro CSV: %1. Verifique o espaço livre em disco e se tem permissão de escrita na pasta; depois, exporte novamente.</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>não há nenhum ficheiro aberto</translation>
    </message>
</context>
<context>
    <name>DashboardCampaignModel</name>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>At %1 messages a minute, the rate of the last minutes</source>
        <translation>A %1 mensagens por minuto, o ritmo dos últimos minutos</translation>
    </message>
    <message>
        <source>No message was sent lately</source>
        <translation>Nenhuma mensagem foi enviada recentemente</translation>
    </message>
    <message>
        <source>%1 of %2 messages done</source>
        <translation>%1 de %2 mensagens concluídas</translation>
    </message>
</context>
<context>
    <name>DashboardCarrierModel</name>
    <message>
        <source>Carrier</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>Delivered today</source>
        <translation>Entregues hoje</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Com falha hoje</translation>
    </message>
    <message>
        <source>Delivered 7 days</source>
        <translation>Entregues 7 dias</translation>
    </message>
    <message>
        <source>Failed 7 days</source>
        <translation>Com falha 7 dias</translation>
    </message>
    <message>
        <source>Cost today</source>
        <translation>Custo hoje</translation>
    </message>
    <message>
        <source>Reported today</source>
        <translation>Comunicado hoje</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>Custo este mês</translation>
    </message>
    <message>
        <source>Reported this month</source>
        <translation>Comunicado este mês</translation>
    </message>
    <message>
        <source>Delivered, of the messages with a final outcome (delivered, undelivered or failed)</source>
        <translation>Entregues, das mensagens com resultado final (entregues, não entregues ou com falha)</translation>
    </message>
    <message>
        <source>Undelivered or failed, of the messages with a final outcome</source>
        <translation>Não entregues ou com falha, das mensagens com resultado final</translation>
    </message>
    <message>
        <source>What the rules priced the messages sent at (the estimate)</source>
        <translation>O preço que as regras atribuíram às mensagens enviadas (a estimativa)</translation>
    </message>
    <message>
        <source>What Restcomm reported as the price of those messages, where it did</source>
        <translation>O preço que o Restcomm comunicou para essas mensagens, quando o comunicou</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln message(s) with a final outcome today</source>
        <translation>
            <numerusform>De %Ln mensagem com resultado final hoje</numerusform>
            <numerusform>De %Ln mensagens com resultado final hoje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln message(s) with a final outcome in the last 7 days</source>
        <translation>
            <numerusform>De %Ln mensagem com resultado final nos últimos 7 dias</numerusform>
            <numerusform>De %Ln mensagens com resultado final nos últimos 7 dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Nothing needs you now: no unknown outcome, no failure today, every breaker closed.</source>
        <translation>Nada precisa de si agora: nenhum resultado desconhecido, nenhuma falha hoje, todos os disjuntores fechados.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>What is moving, what it costs and what needs you, read from the store every second while this page is open.</source>
        <translation>O que está a circular, quanto custa e o que precisa de si, lido da base de dados a cada segundo enquanto esta página está aberta.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>Copy the chart&apos;s data, or save it as PNG or CSV</source>
        <translation>Copiar os dados do gráfico ou guardá-los como PNG ou CSV</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Precisa de atenção</translation>
    </message>
    <message>
        <source>Copy data</source>
        <translation>Copiar dados</translation>
    </message>
    <message>
        <source>No carriers yet: rates and costs appear here once one sends.</source>
        <translation>Ainda não há operadoras: as taxas e os custos aparecem aqui assim que uma enviar.</translation>
    </message>
    <message>
        <source>Set up carriers</source>
        <translation>Configurar operadoras</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Operadoras</translation>
    </message>
    <message>
        <source>No campaign is running.</source>
        <translation>Nenhuma campanha em curso.</translation>
    </message>
    <message>
        <source>Running campaigns</source>
        <translation>Campanhas em curso</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Não foi possível ler o painel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) with an unknown outcome: look before sending again</source>
        <translation>
            <numerusform>%Ln mensagem com resultado desconhecido: verifique antes de enviar de novo</numerusform>
            <numerusform>%Ln mensagens com resultado desconhecido: verifique antes de enviar de novo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) not delivered today</source>
        <translation>
            <numerusform>%Ln mensagem não entregue hoje</numerusform>
            <numerusform>%Ln mensagens não entregues hoje</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: breaker open, nothing is sent through it</source>
        <translation>%1: disjuntor aberto, nada é enviado através dela</translation>
    </message>
    <message>
        <source>Messages per minute by state</source>
        <translation>Mensagens por minuto, por estado</translation>
    </message>
    <message>
        <source>Messages per hour by state</source>
        <translation>Mensagens por hora, por estado</translation>
    </message>
    <message>
        <source>Messages by state</source>
        <translation>Mensagens por estado</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Não foi possível ler a base de dados: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not create the folder %1 for the store. Check that you may write there, or choose another file with --db.</source>
        <translation>Não foi possível criar a pasta %1 para a base de dados. Verifique se tem permissão para escrever nela ou escolha outro ficheiro com --db.</translation>
    </message>
    <message>
        <source>Could not create the store %1: %2. Check the folder&apos;s permissions, or choose another file with --db.</source>
        <translation>Não foi possível criar a base de dados %1: %2. Verifique as permissões da pasta ou escolha outro ficheiro com --db.</translation>
    </message>
    <message>
        <source>Could not read the store %1: %2.</source>
        <translation>Não foi possível ler a base de dados %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not an SMS Router store: it is not a SQLite database. It was left untouched. Choose another file with --db (or SMSROUTER_DB).</source>
        <translation>%1 não é uma base de dados do SMS Router: não é uma base de dados SQLite. O ficheiro não foi alterado. Escolha outro ficheiro com --db (ou SMSROUTER_DB).</translation>
    </message>
    <message>
        <source>No store file was given. Pass --db PATH or set SMSROUTER_DB.</source>
        <translation>Não foi indicado nenhum ficheiro de base de dados. Use --db PATH ou defina SMSROUTER_DB.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing. Install the package libqt6sql6-sqlite (scripts/bootstrap.sh does).</source>
        <translation>Falta o controlador SQLite do Qt. Instale o pacote libqt6sql6-sqlite (o scripts/bootstrap.sh fá-lo).</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>A base de dados %1 não existe.</translation>
    </message>
    <message>
        <source>Could not open the store %1: %2</source>
        <translation>Não foi possível abrir a base de dados %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read as a SQLite database (%2). It was left untouched.</source>
        <translation>Não foi possível ler %1 como base de dados SQLite (%2). O ficheiro não foi alterado.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not an SMS Router store (it has no schema_version table). It was left untouched. Choose another file with --db.</source>
        <translation>%1 é uma base de dados SQLite, mas não do SMS Router (não tem a tabela schema_version). O ficheiro não foi alterado. Escolha outro ficheiro com --db.</translation>
    </message>
    <message>
        <source>%1 was written by a newer SMS Router (schema %2; this version knows up to %3). It was left untouched. Upgrade SMS Router to open it.</source>
        <translation>%1 foi escrito por uma versão mais recente do SMS Router (esquema %2; esta versão conhece até ao %3). O ficheiro não foi alterado. Atualize o SMS Router para o abrir.</translation>
    </message>
    <message>
        <source>The store %1 is at schema %2, not %3; open it once with SMS Router to upgrade it.</source>
        <translation>A base de dados %1 está no esquema %2, não no %3; abra-a uma vez com o SMS Router para a atualizar.</translation>
    </message>
    <message>
        <source>Could not configure the store (%1): %2</source>
        <translation>Não foi possível configurar a base de dados (%1): %2</translation>
    </message>
    <message>
        <source>Could not set how long the store waits: %1</source>
        <translation>Não foi possível definir quanto tempo a base de dados espera: %1</translation>
    </message>
    <message numerus="yes">
        <source>The store is busy: another program has been writing to it for more than %n second(s). Nothing was changed; try again once it has finished.</source>
        <translation>
            <numerusform>A base de dados está ocupada: outro programa está a escrever nela há mais de %n segundo. Nada foi alterado; tente novamente quando esse programa terminar.</numerusform>
            <numerusform>A base de dados está ocupada: outro programa está a escrever nela há mais de %n segundos. Nada foi alterado; tente novamente quando esse programa terminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store could not begin a change (%1). Nothing was changed.</source>
        <translation>A base de dados não conseguiu iniciar uma alteração (%1). Nada foi alterado.</translation>
    </message>
    <message>
        <source>This change was already finished.</source>
        <translation>Esta alteração já tinha sido concluída.</translation>
    </message>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
        <translation>Uma parte desta alteração falhou, por isso nada dela foi guardado.</translation>
    </message>
    <message>
        <source>The store could not save the change (%1). Nothing was changed.</source>
        <translation>A base de dados não conseguiu guardar a alteração (%1). Nada foi alterado.</translation>
    </message>
    <message>
        <source>The store is busy: another program held it for writing for too long. Nothing was changed; try again once it has finished.</source>
        <translation>A base de dados está ocupada: outro programa manteve-a reservada para escrita durante demasiado tempo. Nada foi alterado; tente novamente quando esse programa terminar.</translation>
    </message>
    <message>
        <source>The store could not prepare a query: %1</source>
        <translation>A base de dados não conseguiu preparar uma consulta: %1</translation>
    </message>
    <message>
        <source>The store refused a change: %1</source>
        <translation>A base de dados recusou uma alteração: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing. Install the package libqt6sql6-psql (scripts/bootstrap.sh does).</source>
        <translation>Falta o controlador PostgreSQL do Qt. Instale o pacote libqt6sql6-psql (o scripts/bootstrap.sh instala-o).</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 wants a password for %2 (%3). Set PGPASSWORD or add a line to ~/.pgpass; the window asks for it.</source>
        <translation>O servidor PostgreSQL %1 pede uma palavra-passe para %2 (%3). Defina PGPASSWORD ou adicione uma linha a ~/.pgpass; a janela pede-a.</translation>
    </message>
    <message>
        <source>Could not connect to the store %1: %2. Check that the server runs, the address is right and the database exists (createdb makes one).</source>
        <translation>Não foi possível ligar à base de dados %1: %2. Verifique se o servidor está em execução, se o endereço está correto e se a base de dados existe (o createdb cria uma).</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). It was left untouched.</source>
        <translation>Não foi possível ler %1 (%2). Nada foi alterado.</translation>
    </message>
    <message>
        <source>The database %1 holds tables but is not an SMS Router store (it has no schema_version table). It was left untouched. Give SMS Router a database of its own.</source>
        <translation>A base de dados %1 contém tabelas, mas não é uma base de dados do SMS Router (não tem a tabela schema_version). Não foi alterada. Reserve uma base de dados só para o SMS Router.</translation>
    </message>
    <message>
        <source>The connection to the store was lost during a change. Nothing of it was saved.</source>
        <translation>A ligação à base de dados perdeu-se durante uma alteração. Nada dessa alteração foi guardado.</translation>
    </message>
    <message>
        <source>Could not connect to the store %1 again: %2. Check that the server runs.</source>
        <translation>Não foi possível voltar a ligar à base de dados %1: %2. Verifique se o servidor está em execução.</translation>
    </message>
</context>
<context>
    <name>DatabaseCredentialStore</name>
    <message>
        <source>The store holds no token under %1. Enter the token again in the carrier&apos;s form (or `smsrouter-cli carrier update NAME --token-stdin`).</source>
        <translation>A base de dados não contém nenhum token em %1. Introduza novamente o token no formulário da operadora (ou `smsrouter-cli carrier update NAME --token-stdin`).</translation>
    </message>
</context>
<context>
    <name>DeliveryLogPage</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Registo de entregas</translation>
    </message>
    <message>
        <source>Every message and what happened to it, live. Select one to see its timeline; act on those that need you.</source>
        <translation>Cada mensagem e o que lhe aconteceu, em direto. Selecione uma para ver a sua cronologia; intervenha nas que precisam de si.</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Pausar envio</translation>
    </message>
    <message>
        <source>Stop claiming new messages on every carrier; requests already sent finish (Ctrl+Shift+P)</source>
        <translation>Deixar de reservar novas mensagens em todas as operadoras; os pedidos já enviados terminam (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Write every message the filters match (not only the rows shown) to a CSV file</source>
        <translation>Escrever num ficheiro CSV todas as mensagens que correspondem aos filtros (não só as linhas visíveis)</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Repetir as que falharam</translation>
    </message>
    <message>
        <source>Queue the selected failed or undelivered messages again, through the same carrier</source>
        <translation>Repor em fila as mensagens selecionadas com falha ou não entregues, através da mesma operadora</translation>
    </message>
    <message>
        <source>Requeue…</source>
        <translation>Repor em fila…</translation>
    </message>
    <message>
        <source>You checked Restcomm and it has no record of the selected unknown messages: send them</source>
        <translation>Verificou no Restcomm que não há registo das mensagens desconhecidas selecionadas: enviá-las</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Marcar como enviada…</translation>
    </message>
    <message>
        <source>You found the selected unknown message in Restcomm: record it as sent</source>
        <translation>Encontrou no Restcomm a mensagem desconhecida selecionada: registá-la como enviada</translation>
    </message>
    <message>
        <source>No messages yet. Send a message or start a campaign, and each message&apos;s life shows up here as it happens.</source>
        <translation>Ainda não há mensagens. Envie uma mensagem ou inicie uma campanha e a vida de cada mensagem aparece aqui à medida que acontece.</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>Escrever uma mensagem</translation>
    </message>
    <message>
        <source>No message matches these filters.</source>
        <translation>Nenhuma mensagem corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>This window does not send.</source>
        <translation>Esta janela não envia mensagens.</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Retomar envio</translation>
    </message>
    <message>
        <source>newest %1 shown · scroll for more</source>
        <translation>%1 mais recentes · desloque para ver mais</translation>
    </message>
    <message>
        <source>%1 queued again.</source>
        <translation>Em fila novamente: %1.</translation>
    </message>
    <message>
        <source>Queue unknown messages again</source>
        <translation>Repor mensagens desconhecidas em fila</translation>
    </message>
    <message>
        <source>Queue %1 again?</source>
        <translation>Repor %1 em fila?</translation>
    </message>
    <message>
        <source>Do this only after checking the carrier&apos;s Restcomm account for them. A message Restcomm did accept would be sent, and billed, a second time.</source>
        <translation>Faça-o apenas depois de as procurar na conta Restcomm da operadora. Uma mensagem que o Restcomm tenha aceitado seria enviada, e faturada, uma segunda vez.</translation>
    </message>
    <message>
        <source>Queue again</source>
        <translation>Repor em fila</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Message #%1 is in Restcomm. Its SID, if you have it (delivery is then followed):</source>
        <translation>A mensagem n.º %1 está no Restcomm. O seu SID, se o tiver (a entrega passa então a ser acompanhada):</translation>
    </message>
    <message>
        <source>Message #%1 marked as sent.</source>
        <translation>Mensagem n.º %1 marcada como enviada.</translation>
    </message>
    <message>
        <source>Message #%1 was no longer unknown; nothing changed.</source>
        <translation>A mensagem n.º %1 já não estava no estado desconhecido; nada foi alterado.</translation>
    </message>
    <message>
        <source>Export the delivery log</source>
        <translation>Exportar o registo de entregas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the delivery log</source>
        <translation>A exportar o registo de entregas</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum ficheiro foi escrito.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exportação concluída: %1 para %2.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>DeliveryTracker</name>
    <message>
        <source>Restcomm error %1: %2</source>
        <translation>Erro do Restcomm %1: %2</translation>
    </message>
    <message>
        <source>Restcomm reports %1%2</source>
        <translation>O Restcomm indica %1%2</translation>
    </message>
    <message>
        <source>Restcomm status: %1</source>
        <translation>Estado no Restcomm: %1</translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>Portugal (demo)</source>
        <translation>Portugal (demonstração)</translation>
    </message>
    <message>
        <source>United Kingdom (demo)</source>
        <translation>Reino Unido (demonstração)</translation>
    </message>
    <message>
        <source>Germany (demo)</source>
        <translation>Alemanha (demonstração)</translation>
    </message>
    <message>
        <source>The demo never uses your real store; choose another file for it.</source>
        <translation>A demonstração nunca usa a sua base de dados real; escolha outro ficheiro para ela.</translation>
    </message>
    <message>
        <source>The demo needs smsrouter-sim, the Restcomm simulator that comes with SMS Router, next to this program or in its libexec folder. Reinstall the package, build it (scripts/run.sh), or point SMSROUTER_SIM at it.</source>
        <translation>A demonstração precisa do smsrouter-sim, o simulador Restcomm incluído no SMS Router, ao lado deste programa ou na respetiva pasta libexec. Reinstale o pacote, compile-o (scripts/run.sh) ou aponte SMSROUTER_SIM para ele.</translation>
    </message>
    <message>
        <source>The Restcomm simulator did not start: %1</source>
        <translation>O simulador Restcomm não arrancou: %1</translation>
    </message>
    <message>
        <source>The Restcomm simulator did not say which port it listens on: %1</source>
        <translation>O simulador Restcomm não indicou a porta em que está à escuta: %1</translation>
    </message>
    <message>
        <source>Demo: sub-account %1 on the Restcomm simulator</source>
        <translation>Demonstração: subconta %1 no simulador Restcomm</translation>
    </message>
    <message>
        <source>Your table for Friday is booked. Reply STOP to receive no more messages.</source>
        <translation>A sua mesa para sexta-feira está reservada. Responda STOP para não receber mais mensagens.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demonstração</translation>
    </message>
    <message>
        <source>The Restcomm simulator did not take the demo&apos;s replies: %1</source>
        <translation>O simulador Restcomm não aceitou as respostas da demonstração: %1</translation>
    </message>
</context>
<context>
    <name>DispatchEngine</name>
    <message>
        <source>carrier %1</source>
        <translation>operadora %1</translation>
    </message>
    <message>
        <source>The dispatcher stopped while this message was being submitted.</source>
        <translation>O serviço de envio parou enquanto esta mensagem estava a ser submetida.</translation>
    </message>
    <message>
        <source>The dispatcher stopped while submitting it; it is looked up in Restcomm before any resend.</source>
        <translation>O serviço de envio parou enquanto a submetia; será procurada no Restcomm antes de qualquer reenvio.</translation>
    </message>
    <message>
        <source>Carrier “%1” is disabled.</source>
        <translation>A operadora «%1» está desativada.</translation>
    </message>
    <message>
        <source>Carrier “%1” is unavailable (%2).</source>
        <translation>A operadora «%1» está indisponível (%2).</translation>
    </message>
    <message>
        <source>Not sent yet: the opt-out list could not be read (%1).</source>
        <translation>Ainda não enviada: não foi possível ler a lista de exclusões (%1).</translation>
    </message>
    <message>
        <source>%1 opted out after this message was created.</source>
        <translation>%1 foi excluído depois de esta mensagem ter sido criada.</translation>
    </message>
    <message>
        <source>Not sent: %1 is on the opt-out list.</source>
        <translation>Não enviada: %1 está na lista de exclusões.</translation>
    </message>
    <message>
        <source>Claimed for sending via %1</source>
        <translation>Reservada para envio através de %1</translation>
    </message>
    <message>
        <source>Restcomm asked to slow down; sending again %1 s from now. %2</source>
        <translation>O Restcomm pediu para abrandar; o envio é retomado daqui a %1 s. %2</translation>
    </message>
</context>
<context>
    <name>DispatcherLease</name>
    <message>
        <source>%1 (pid %2 on %3), last seen %4 s ago</source>
        <translation>%1 (pid %2 em %3), último sinal há %4 s</translation>
    </message>
    <message>
        <source>Another dispatcher is sending from this store: %1. Stop it first; only one dispatcher may hold a store, so no message is sent twice.</source>
        <translation>Outro serviço de envio está a enviar a partir desta base de dados: %1. Pare-o primeiro; só um serviço de envio pode controlar uma base de dados, para que nenhuma mensagem seja enviada duas vezes.</translation>
    </message>
    <message>
        <source>Another dispatcher took over this store while this one was not heard from; this one stopped and sends nothing more. Its messages in doubt are looked up by the other.</source>
        <translation>Outro serviço de envio assumiu o controlo desta base de dados enquanto este não dava sinal; este parou e não envia mais nada. As suas mensagens em dúvida são verificadas pelo outro.</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Counting the rows…</source>
        <translation>A contar as linhas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation> · faltam %1 s</translation>
    </message>
    <message>
        <source>%1 of %2 rows%3</source>
        <translation>%1 de %2 linhas%3</translation>
    </message>
</context>
<context>
    <name>ImportExportActions</name>
    <message>
        <source>Import &amp;carriers.json…</source>
        <translation>Importar &amp;carriers.json…</translation>
    </message>
    <message>
        <source>Add the carriers and country rules of the tutorial&apos;s carriers.json, all or nothing.</source>
        <translation>Adicionar as operadoras e as regras por país do carriers.json do tutorial, tudo ou nada.</translation>
    </message>
    <message>
        <source>&amp;Import rate card…</source>
        <translation>&amp;Importar tabela de tarifas…</translation>
    </message>
    <message>
        <source>Add and update rules from a CSV rate card, all or nothing.</source>
        <translation>Adicionar e atualizar regras a partir de uma tabela de tarifas CSV, tudo ou nada.</translation>
    </message>
    <message>
        <source>&amp;Export rate card…</source>
        <translation>&amp;Exportar tabela de tarifas…</translation>
    </message>
    <message>
        <source>Write every rule to a CSV rate card that imports back unchanged.</source>
        <translation>Escrever todas as regras numa tabela de tarifas CSV que pode voltar a ser importada sem alterações.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <source>carriers.json</source>
        <translation>carriers.json</translation>
    </message>
    <message>
        <source>rate card</source>
        <translation>tabela de tarifas</translation>
    </message>
    <message>
        <source>Rate card not exported</source>
        <translation>Tabela de tarifas não exportada</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>%n regra exportada para %1.</numerusform>
            <numerusform>%n regras exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import carriers.json</source>
        <translation>Importar carriers.json</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Ficheiros JSON (*.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Import rate card</source>
        <translation>Importar tabela de tarifas</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Ficheiros CSV (*.csv *.txt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Export rate card</source>
        <translation>Exportar tabela de tarifas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ficheiros CSV (*.csv);;Todos os ficheiros (*)</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the recipients</source>
        <translation>Escolha os destinatários</translation>
    </message>
    <message>
        <source>A CSV or text file with one recipient a row and a column of phone numbers, as Excel, LibreOffice, Google Contacts or Outlook export it.</source>
        <translation>Um ficheiro CSV ou de texto com um destinatário por linha e uma coluna de números de telefone, tal como o Excel, o LibreOffice, o Google Contacts ou o Outlook o exportam.</translation>
    </message>
    <message>
        <source>/home/you/customers.csv</source>
        <translation>/home/utilizador/clientes.csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Spring sale</source>
        <translation>Promoção de primavera</translation>
    </message>
    <message>
        <source>Encoding (UTF-8, UTF-16, Windows-1252, …), separator (comma, semicolon, tab, |) and the header row are detected; you can change them on the next page. Nothing is stored until you import.</source>
        <translation>A codificação (UTF-8, UTF-16, Windows-1252, …), o separador (vírgula, ponto e vírgula, tabulação, |) e a linha de cabeçalho são detetados; pode alterá-los na página seguinte. Nada é guardado até importar.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ficheiro:</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>&amp;Nome da campanha:</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Ficheiros CSV e de texto (*.csv *.txt *.tsv);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check the path, or choose the file with Browse….</source>
        <translation>Não existe nenhum ficheiro «%1». Verifique o caminho ou escolha o ficheiro com Procurar….</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Choose a file you have permission to read.</source>
        <translation>Não é possível ler «%1». Escolha um ficheiro que tenha permissão para ler.</translation>
    </message>
</context>
<context>
    <name>ImportFormatPage</name>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>vírgula</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>ponto e vírgula</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Verifique como o ficheiro é lido</translation>
    </message>
    <message>
        <source>If names show odd characters or everything sits in one column, change the encoding or the separator. The numbers&apos; column is marked in bold.</source>
        <translation>Se os nomes mostrarem carateres estranhos ou tudo ficar numa só coluna, altere a codificação ou o separador. A coluna dos números está assinalada a negrito.</translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation>A primeira linha é o cabeçalho</translation>
    </message>
    <message>
        <source>No header row (columns are 1, 2, …)</source>
        <translation>Sem linha de cabeçalho (colunas 1, 2, …)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificação:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>Sepa&amp;rador:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>Ca&amp;beçalho:</translation>
    </message>
    <message>
        <source>Where a number written without +country code (912 345 678, 07400 123456) is read.</source>
        <translation>País em que é lido um número escrito sem +indicativo do país (912 345 678, 07400 123456).</translation>
    </message>
    <message>
        <source>&amp;Numbers are in:</source>
        <translation>Coluna dos &amp;números:</translation>
    </message>
    <message>
        <source>National numbers are &amp;read in:</source>
        <translation>&amp;País dos números nacionais:</translation>
    </message>
    <message>
        <source>No default region (Settings): + country code needed</source>
        <translation>Sem região predefinida (Definições): é preciso o + indicativo do país</translation>
    </message>
    <message>
        <source>%1 — the default region</source>
        <translation>%1 — a região predefinida</translation>
    </message>
    <message>
        <source>Detected: %1%2</source>
        <translation>Detetado: %1%2</translation>
    </message>
    <message>
        <source> (byte-order mark)</source>
        <translation> (marca de ordem de bytes)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detetado: %1</translation>
    </message>
    <message>
        <source>Detected: first row is the header</source>
        <translation>Detetado: a primeira linha é o cabeçalho</translation>
    </message>
    <message>
        <source>Detected: no header row</source>
        <translation>Detetado: sem linha de cabeçalho</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>coluna %1</translation>
    </message>
    <message>
        <source>Read as %1%2 · separator: %3 · %4 · %5 columns</source>
        <translation>Lido como %1%2 · separador: %3 · %4 · %5 colunas</translation>
    </message>
    <message>
        <source> with a byte-order mark</source>
        <translation> com marca de ordem de bytes</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>com linha de cabeçalho</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sem linha de cabeçalho</translation>
    </message>
    <message>
        <source>No column looks like phone numbers. Choose the one that holds them.</source>
        <translation>Nenhuma coluna parece conter números de telefone. Escolha a coluna que os contém.</translation>
    </message>
    <message>
        <source>%1 of the first %2 numbers have no country code: which country are they in? Choose it under “National numbers are read in”.</source>
        <translation>%1 dos primeiros %2 números não têm indicativo do país: de que país são? Escolha-o em «País dos números nacionais».</translation>
    </message>
</context>
<context>
    <name>ImportMessagePage</name>
    <message>
        <source>Write the message</source>
        <translation>Escrever a mensagem</translation>
    </message>
    <message>
        <source>{column} is replaced by the row&apos;s value in that column; write {{ and }} for braces. Below: the first rows as they would be sent.</source>
        <translation>{coluna} é substituído pelo valor da linha nessa coluna; escreva {{ e }} para obter chavetas. Abaixo: as primeiras linhas tal como seriam enviadas.</translation>
    </message>
    <message>
        <source>+15550001111 or a name of up to 11 characters</source>
        <translation>+15550001111 ou um nome com até 11 carateres</translation>
    </message>
    <message>
        <source>Hi {Name}, our spring sale starts today.</source>
        <translation>Olá {Nome}, a nossa promoção de primavera começa hoje.</translation>
    </message>
    <message>
        <source>Click a column (or press Enter on it) to insert it at the cursor.</source>
        <translation>Clique numa coluna (ou prima Enter sobre ela) para a inserir na posição do cursor.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Remetente:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>&amp;Insert a column:</source>
        <translation>&amp;Inserir uma coluna:</translation>
    </message>
    <message>
        <source>First row:</source>
        <translation>Primeira linha:</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caráter</numerusform>
            <numerusform>%n carateres</numerusform>
        </translation>
    </message>
    <message>
        <source>Longer than the limit of %1 segments: this row would be rejected as too long.</source>
        <translation>Ultrapassa o limite de %1 segmentos: esta linha seria rejeitada por ser demasiado longa.</translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importação</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>A importar</translation>
    </message>
    <message>
        <source>Every row is checked, de-duplicated, routed and stored as a message of a draft campaign. Nothing is sent yet.</source>
        <translation>Cada linha é verificada, desduplicada, encaminhada e guardada como mensagem de uma campanha em rascunho. Ainda nada é enviado.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seguinte &gt;</translation>
    </message>
    <message>
        <source>Cancelling: removing what was written so far…</source>
        <translation>A cancelar: a remover o que já foi escrito…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 linhas</translation>
    </message>
    <message>
        <source>%1 of about %2 rows</source>
        <translation>%1 de cerca de %2 linhas</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · faltam %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>A ler %1…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was stored.</source>
        <translation>Importação cancelada. Nada foi guardado.</translation>
    </message>
    <message>
        <source>%1
Nothing was stored. Go back to change the file or the message, or try again.</source>
        <translation>%1
Nada foi guardado. Volte atrás para alterar o ficheiro ou a mensagem, ou tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s).</source>
        <translation>
            <numerusform>%Ln linha importada.</numerusform>
            <numerusform>%Ln linhas importadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowProcessor</name>
    <message>
        <source>%1 is not an E.164 number.</source>
        <translation>%1 não é um número E.164.</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>%1 is a folder, not a CSV file. Give the file&apos;s path.</source>
        <translation>%1 é uma pasta, não um ficheiro CSV. Indique o caminho do ficheiro.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and that you may read the file.</source>
        <translation>Não é possível ler %1: %2. Verifique o caminho e se tem permissão para ler o ficheiro.</translation>
    </message>
    <message>
        <source>Could not tell which column of %1 holds the phone numbers (columns: %2). Name it with --phone-column NAME, or give its number (1 for the first).</source>
        <translation>Não foi possível determinar que coluna de %1 contém os números de telefone (colunas: %2). Indique o nome da coluna com --phone-column NAME, ou o seu número (1 para a primeira).</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n carrier(s) added</source>
        <translation>
            <numerusform>%n operadora adicionada</numerusform>
            <numerusform>%n operadoras adicionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added</source>
        <translation>
            <numerusform>%n regra adicionada</numerusform>
            <numerusform>%n regras adicionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n atualizada</numerusform>
            <numerusform>%n atualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inalterada</numerusform>
            <numerusform>%n inalteradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importação de %1 concluída</translation>
    </message>
    <message>
        <source>%1 not imported</source>
        <translation>Não foi possível importar %1</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>%1 importado: %2.</translation>
    </message>
    <message>
        <source>%1 could not be imported, and nothing was changed: the store or the keychain failed. Try again; if it fails again, check the disk and the keychain.</source>
        <translation>Não foi possível importar %1 e nada foi alterado: a base de dados ou o porta-chaves falhou. Tente novamente; se voltar a falhar, verifique o disco e o porta-chaves.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %1 has %n problem(s). Fix them in the file and import it again.</source>
        <translation>
            <numerusform>Nada foi importado: %1 tem %n problema. Corrija-o no ficheiro e importe-o novamente.</numerusform>
            <numerusform>Nada foi importado: %1 tem %n problemas. Corrija-os no ficheiro e importe-o novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the text above, to fix the file or to send it to someone.</source>
        <translation>Copiar o texto acima, para corrigir o ficheiro ou enviá-lo a alguém.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Export rejects…</source>
        <translation>Exportar linhas rejeitadas…</translation>
    </message>
    <message>
        <source>&amp;Save as draft — start it later from the Campaigns page</source>
        <translation>&amp;Guardar como rascunho — iniciar mais tarde na página Campanhas</translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation>Iniciar &amp;agora</translation>
    </message>
    <message>
        <source>Start &amp;at:</source>
        <translation>Iniciar à&amp;s:</translation>
    </message>
    <message>
        <source>Review and start</source>
        <translation>Rever e iniciar</translation>
    </message>
    <message>
        <source>The campaign is stored as a draft. Check what was rejected and what it will cost.</source>
        <translation>A campanha está guardada como rascunho. Verifique o que foi rejeitado e quanto vai custar.</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Save the rejected rows as CSV (line, raw value, reason, detail) to fix them in a spreadsheet.</source>
        <translation>Guardar as linhas rejeitadas em CSV (linha, valor original, motivo, detalhe) para as corrigir numa folha de cálculo.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>&lt;b&gt;What next&lt;/b&gt;</source>
        <translation>&lt;b&gt;A seguir&lt;/b&gt;</translation>
    </message>
    <message>
        <source>carrier #%1</source>
        <translation>operadora n.º %1</translation>
    </message>
    <message>
        <source>None of the %1 rows can be sent. The campaign is kept as an empty draft; see why below.</source>
        <translation>Nenhuma das %1 linhas pode ser enviada. A campanha fica guardada como rascunho vazio; veja o motivo abaixo.</translation>
    </message>
    <message>
        <source>%1 of %2 rows become messages of the draft campaign “%3”; %4 rejected.</source>
        <translation>%1 de %2 linhas passam a mensagens da campanha em rascunho «%3»; %4 rejeitadas.</translation>
    </message>
    <message>
        <source>%1 · %2 · estimated cost %3</source>
        <translation>%1 · %2 · custo estimado %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segmento</numerusform>
            <numerusform>%Ln segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a time in the future, or start now.</source>
        <translation>Escolha uma hora no futuro ou inicie agora.</translation>
    </message>
    <message>
        <source>Exporting the rejects</source>
        <translation>A exportar as linhas rejeitadas</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>-rejects.csv</source>
        <translation>-rejeitadas.csv</translation>
    </message>
    <message>
        <source>Export rejects</source>
        <translation>Exportar linhas rejeitadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ficheiros CSV (*.csv);;Todos os ficheiros (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rejected row(s) to %1</source>
        <translation>
            <numerusform>%Ln linha rejeitada guardada em %1</numerusform>
            <numerusform>%Ln linhas rejeitadas guardadas em %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboundRepository</name>
    <message>
        <source>The store could not read the replies: %1</source>
        <translation>A base de dados não conseguiu ler as respostas: %1</translation>
    </message>
    <message>
        <source>The store refused a change: %1</source>
        <translation>A base de dados recusou uma alteração: %1</translation>
    </message>
</context>
<context>
    <name>InboxCommands</name>
    <message>
        <source>No enabled carrier to read replies from.</source>
        <translation>Não há nenhuma operadora ativada de onde ler respostas.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new reply(s)</source>
        <translation>
            <numerusform>%1: %n resposta nova</numerusform>
            <numerusform>%1: %n respostas novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a stop word</source>
        <translation>
            <numerusform>, %n com uma palavra de exclusão</numerusform>
            <numerusform>, %n com uma palavra de exclusão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s) in all</source>
        <translation>
            <numerusform>%n resposta nova no total</numerusform>
            <numerusform>%n respostas novas no total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) opted out by a stop word</source>
        <translation>
            <numerusform>%n número excluído por uma palavra de exclusão</numerusform>
            <numerusform>%n números excluídos por uma palavra de exclusão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) back in by START</source>
        <translation>
            <numerusform>%n número reativado por START</numerusform>
            <numerusform>%n números reativados por START</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation(s) queued</source>
        <translation>
            <numerusform>%n confirmação colocada em fila</numerusform>
            <numerusform>%n confirmações colocadas em fila</numerusform>
        </translation>
    </message>
    <message>
        <source>The carriers did not answer in time.</source>
        <translation>As operadoras não responderam a tempo.</translation>
    </message>
    <message>
        <source>Carrier “%1” could not be read: %2</source>
        <translation>Não foi possível ler a operadora «%1»: %2</translation>
    </message>
    <message>
        <source>--campaign takes a campaign id (`smsrouter-cli campaign list`).</source>
        <translation>--campaign aceita o ID de uma campanha (`smsrouter-cli campaign list`).</translation>
    </message>
    <message>
        <source>--since “%1” is not an ISO 8601 time; write e.g. 2026-03-01 or 2026-03-01T09:00:00Z.</source>
        <translation>--since “%1” não é uma hora ISO 8601; escreva, por exemplo, 2026-03-01 ou 2026-03-01T09:00:00Z.</translation>
    </message>
    <message>
        <source>No replies.</source>
        <translation>Sem respostas.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Stop word</source>
        <translation>Palavra de exclusão</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Read new replies from every enabled carrier (exit 1 if one could not be read); STOP replies opt their senders out.</source>
        <translation>Ler as respostas novas de todas as operadoras ativadas (código de saída 1 se uma não puder ser lida); as respostas STOP excluem os seus remetentes.</translation>
    </message>
    <message>
        <source>List the stored replies, newest first.</source>
        <translation>Listar as respostas guardadas, das mais recentes para as mais antigas.</translation>
    </message>
    <message>
        <source>Only replies to this campaign.</source>
        <translation>Apenas as respostas a esta campanha.</translation>
    </message>
    <message>
        <source>Only replies received at or after this ISO 8601 time (a date alone is midnight UTC).</source>
        <translation>Apenas as respostas recebidas a partir desta hora ISO 8601 (uma data sozinha é a meia-noite UTC).</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Unread only</source>
        <translation>Só não lidas</translation>
    </message>
    <message>
        <source>Filter text and numbers (Ctrl+F)</source>
        <translation>Filtrar texto e números (Ctrl+F)</translation>
    </message>
    <message>
        <source>Fetch replies now</source>
        <translation>Obter respostas agora</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>Replies from handsets, fetched from Restcomm once a minute. A reply that starts with a stop word puts its number on the opt-out list by itself.</source>
        <translation>Respostas dos telemóveis, obtidas do Restcomm uma vez por minuto. Uma resposta que comece por uma palavra de exclusão põe o seu número na lista de exclusões automaticamente.</translation>
    </message>
    <message>
        <source>Ask every enabled carrier for its new replies now</source>
        <translation>Pedir agora a cada operadora ativada as suas respostas novas</translation>
    </message>
    <message>
        <source>This window does not send, so it does not fetch replies either</source>
        <translation>Esta janela não envia, por isso também não obtém respostas</translation>
    </message>
    <message>
        <source>Write the replies the filter matches to a CSV file</source>
        <translation>Escrever num ficheiro CSV as respostas que correspondem ao filtro</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>Todas as operadoras</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas as campanhas</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>No replies yet. When a handset answers a message, its reply appears here: the dispatcher asks each carrier for new replies once a minute.</source>
        <translation>Ainda não há respostas. Quando um telemóvel responder a uma mensagem, a resposta aparece aqui: o serviço de envio pede a cada operadora as respostas novas uma vez por minuto.</translation>
    </message>
    <message>
        <source>No reply matches the filter.</source>
        <translation>Nenhuma resposta corresponde ao filtro.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Limpar o filtro</translation>
    </message>
    <message>
        <source>Select a reply to see the conversation with its number.</source>
        <translation>Selecione uma resposta para ver a conversa com o seu número.</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Caixa de entrada (%1)</translation>
    </message>
    <message>
        <source>The replies could not be read: %1</source>
        <translation>Não foi possível ler as respostas: %1</translation>
    </message>
    <message>
        <source>newest %1 replies shown · narrow the filter for older ones</source>
        <translation>mostradas as %1 respostas mais recentes · restrinja o filtro para ver as mais antigas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln resposta</numerusform>
            <numerusform>%Ln respostas</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply could not be marked read: %1</source>
        <translation>Não foi possível marcar a resposta como lida: %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>Não foi possível ler a conversa: %1</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversa com %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>através de %1</translation>
    </message>
    <message>
        <source>“%1”: put on the opt-out list</source>
        <translation>«%1»: posto na lista de exclusões</translation>
    </message>
    <message>
        <source>Nothing was sent to this number from this store.</source>
        <translation>Nada foi enviado a este número a partir desta base de dados.</translation>
    </message>
    <message>
        <source>Asking the carriers for new replies…</source>
        <translation>A pedir às operadoras as respostas novas…</translation>
    </message>
    <message>
        <source>Export replies</source>
        <translation>Exportar respostas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ficheiros CSV (*.csv);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Exporting replies to %1…</source>
        <translation>A exportar as respostas para %1…</translation>
    </message>
    <message>
        <source>The replies could not be exported to %1: %2</source>
        <translation>Não foi possível exportar as respostas para %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln reply(s) to %1.</source>
        <translation>
            <numerusform>%Ln resposta exportada para %1.</numerusform>
            <numerusform>%Ln respostas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>No carrier is enabled, so no reply was fetched.</source>
        <translation>Nenhuma operadora está ativada, por isso não foi obtida nenhuma resposta.</translation>
    </message>
    <message>
        <source>No new reply.</source>
        <translation>Nenhuma resposta nova.</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s).</source>
        <translation>
            <numerusform>%n resposta nova.</numerusform>
            <numerusform>%n respostas novas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s), %1 of them asking to stop.</source>
        <translation>
            <numerusform>%n resposta nova, %1 delas a pedir para parar.</numerusform>
            <numerusform>%n respostas novas, %1 delas a pedir para parar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxService</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you may write to.</source>
        <translation>Não foi possível escrever %1: %2. Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
        <source>Could not finish writing %1: %2. Check the free disk space and export again.</source>
        <translation>Não foi possível terminar de escrever %1: %2. Verifique o espaço livre em disco e exporte novamente.</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Exclusão</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removida)</translation>
    </message>
    <message>
        <source>“%1”: this number was put on the opt-out list</source>
        <translation>«%1»: este número foi posto na lista de exclusões</translation>
    </message>
    <message>
        <source>Campaign #%1</source>
        <translation>Campanha n.º %1</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>The system keychain is not available: no keyring such as GNOME Keyring or KWallet answered, or it is locked. Start and unlock your keyring and try again, or keep tokens in the store&apos;s database instead (Settings → Keep tokens in; for smsrouter-cli, --secret-store database).</source>
        <translation>O porta-chaves do sistema não está disponível: nenhum porta-chaves, como o GNOME Keyring ou o KWallet, respondeu, ou está bloqueado. Inicie e desbloqueie o seu porta-chaves e tente novamente ou, em alternativa, guarde os tokens na base de dados (Definições → Guardar os tokens em; no smsrouter-cli, --secret-store database).</translation>
    </message>
    <message>
        <source>The keychain holds no token under %1. Enter the token again in the carrier&apos;s form (or `smsrouter-cli carrier update NAME --token-stdin`).</source>
        <translation>O porta-chaves não contém nenhum token em %1. Introduza novamente o token no formulário da operadora (ou `smsrouter-cli carrier update NAME --token-stdin`).</translation>
    </message>
    <message>
        <source>The keychain could not read %1: %2</source>
        <translation>O porta-chaves não conseguiu ler %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>The demo window could not be started.</source>
        <translation>Não foi possível iniciar a janela de demonstração.</translation>
    </message>
    <message>
        <source>store: %1</source>
        <translation>base de dados: %1</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>Escrever uma mensagem</translation>
    </message>
    <message>
        <source>Start a campaign</source>
        <translation>Iniciar uma campanha</translation>
    </message>
    <message>
        <source>Set up carriers</source>
        <translation>Configurar operadoras</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About SMS Router</source>
        <translation>&amp;Acerca do SMS Router</translation>
    </message>
    <message>
        <source>About SMS Router</source>
        <translation>Acerca do SMS Router</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation>E&amp;nvio</translation>
    </message>
    <message>
        <source>&amp;Pause all sending</source>
        <translation>&amp;Pausar todo o envio</translation>
    </message>
    <message>
        <source>Tokens are kept unencrypted in the store database: anyone who can read %1 can send through your carriers. Choose the system keychain under Settings → Keep tokens in.</source>
        <translation>Os tokens são guardados sem encriptação na base de dados: qualquer pessoa que consiga ler %1 pode enviar através das suas operadoras. Escolha o porta-chaves do sistema em Definições → Guardar os tokens em.</translation>
    </message>
    <message numerus="yes">
        <source>Finishing %n request(s)…</source>
        <translation>
            <numerusform>A concluir %n pedido…</numerusform>
            <numerusform>A concluir %n pedidos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>A fechar…</translation>
    </message>
    <message>
        <source>the store&apos;s database (unencrypted)</source>
        <translation>base de dados (sem encriptação)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>porta-chaves do sistema</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMS Router %1&lt;/b&gt;&lt;p&gt;Multitenant SMS termination through Restcomm: carriers, destination rules, campaigns and a live delivery log.&lt;/p&gt;&lt;p&gt;Qt %2 · libphonenumber %3 · SQLite %4&lt;/p&gt;&lt;p&gt;Store: %5&lt;br&gt;Tokens kept in %6&lt;/p&gt;</source>
        <translation>&lt;b&gt;SMS Router %1&lt;/b&gt;&lt;p&gt;Terminação de SMS multi-inquilino através do Restcomm: operadoras, regras de destino, campanhas e um registo de entregas em direto.&lt;/p&gt;&lt;p&gt;Qt %2 · libphonenumber %3 · SQLite %4&lt;/p&gt;&lt;p&gt;Base de dados: %5&lt;br&gt;Armazenamento dos tokens: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Campaign “%1” is running.</source>
        <translation>A campanha «%1» está em curso.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns are running.</source>
        <translation>
            <numerusform>%n campanha está em curso.</numerusform>
            <numerusform>%n campanhas estão em curso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>%Ln mensagem ainda está à espera de ser enviada.</numerusform>
            <numerusform>%Ln mensagens ainda estão à espera de ser enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is busy, so what is still waiting to be sent could not be counted.</source>
        <translation>A base de dados está ocupada, por isso não foi possível contar o que ainda está à espera de ser enviado.</translation>
    </message>
    <message>
        <source>If you quit, sending stops; the waiting messages are sent when SMS Router starts again (or by smsrouter-cli dispatch). Nothing is lost.</source>
        <translation>Se sair, o envio é interrompido; as mensagens em espera são enviadas quando o SMS Router voltar a ser iniciado (ou pelo smsrouter-cli dispatch). Nada se perde.</translation>
    </message>
    <message>
        <source>Quit while sending?</source>
        <translation>Sair durante o envio?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Continuar a enviar</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir base de dados…</translation>
    </message>
    <message>
        <source>&amp;Move store to server…</source>
        <translation>&amp;Mover base de dados para o servidor…</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Retried by hand (it was %1: %2)</source>
        <translation>Repetida manualmente (estava no estado %1: %2)</translation>
    </message>
    <message>
        <source>Queued again by hand: the operator found no record of it in Restcomm.</source>
        <translation>Reposta em fila manualmente: o utilizador não encontrou nenhum registo dela no Restcomm.</translation>
    </message>
    <message>
        <source>Marked as sent by hand: the operator found it in Restcomm.</source>
        <translation>Marcada manualmente como enviada: o utilizador encontrou-a no Restcomm.</translation>
    </message>
    <message>
        <source>Marked as sent by hand: found in Restcomm as %1.</source>
        <translation>Marcada manualmente como enviada: encontrada no Restcomm como %1.</translation>
    </message>
    <message>
        <source>Cancelled by hand.</source>
        <translation>Cancelada manualmente.</translation>
    </message>
</context>
<context>
    <name>MessageDetailPane</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificação</translation>
    </message>
    <message>
        <source>Our estimate</source>
        <translation>A nossa estimativa</translation>
    </message>
    <message>
        <source>Carrier price</source>
        <translation>Preço da operadora</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>Restcomm SID</source>
        <translation>SID do Restcomm</translation>
    </message>
    <message>
        <source>Restcomm status</source>
        <translation>Estado no Restcomm</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submetida</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Tentativa seguinte</translation>
    </message>
    <message>
        <source>What the routing rule&apos;s price per segment predicted, in this store&apos;s currency.</source>
        <translation>O valor previsto pelo preço por segmento da regra de encaminhamento, na moeda desta base de dados.</translation>
    </message>
    <message>
        <source>What Restcomm reported charging for the message, in the carrier&apos;s own currency.</source>
        <translation>O valor que o Restcomm indicou ter cobrado pela mensagem, na moeda da própria operadora.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cronologia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a message to see its fields and everything that happened to it.</source>
        <translation>Selecione uma mensagem para ver os respetivos campos e tudo o que lhe aconteceu.</translation>
    </message>
    <message>
        <source>none (not routable)</source>
        <translation>nenhuma (sem rota)</translation>
    </message>
    <message>
        <source>single send</source>
        <translation>envio individual</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n segment(s)</source>
        <translation>
            <numerusform>%1 · %n segmento</numerusform>
            <numerusform>%1 · %n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (from the routing rule)</source>
        <translation>%1 (da regra de encaminhamento)</translation>
    </message>
    <message>
        <source>— (not reported yet)</source>
        <translation>— (ainda não indicado)</translation>
    </message>
    <message>
        <source>%1 (reported by Restcomm)</source>
        <translation>%1 (indicado pelo Restcomm)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criada</translation>
    </message>
</context>
<context>
    <name>MessageLogExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
</context>
<context>
    <name>MessageLogFilterBar</name>
    <message>
        <source>Created at or after (local time)</source>
        <translation>Criadas a partir de (hora local)</translation>
    </message>
    <message>
        <source>Created before (local time)</source>
        <translation>Criadas antes de (hora local)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Show messages in these states</source>
        <translation>Mostrar mensagens nestes estados</translation>
    </message>
    <message>
        <source>Any carrier</source>
        <translation>Qualquer operadora</translation>
    </message>
    <message>
        <source>Campaign #</source>
        <translation>Campanha n.º</translation>
    </message>
    <message>
        <source>Number contains (Ctrl+F)</source>
        <translation>Número contém (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show every message again</source>
        <translation>Mostrar novamente todas as mensagens</translation>
    </message>
    <message>
        <source>Cr&amp;eated:</source>
        <translation>Cri&amp;adas:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>%1 s ago</source>
        <translation>há %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Restcomm status: %1</source>
        <translation>Estado no Restcomm: %1</translation>
    </message>
    <message>
        <source>A single send, not part of a campaign</source>
        <translation>Um envio individual, fora de qualquer campanha</translation>
    </message>
    <message numerus="yes">
        <source>Estimated: %n segment(s) at the rule&apos;s price</source>
        <translation>
            <numerusform>Estimativa: %n segmento ao preço da regra</numerusform>
            <numerusform>Estimativa: %n segmentos ao preço da regra</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizada</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Provider SID</source>
        <translation>SID do fornecedor</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
</context>
<context>
    <name>MessageRepository</name>
    <message>
        <source>The store could not record the message&apos;s first event: %1</source>
        <translation>A base de dados não conseguiu registar o primeiro evento da mensagem: %1</translation>
    </message>
    <message>
        <source>The store could not change a message&apos;s state: %1</source>
        <translation>A base de dados não conseguiu alterar o estado de uma mensagem: %1</translation>
    </message>
    <message>
        <source>The store could not remember a retired provider SID: %1</source>
        <translation>A base de dados não conseguiu guardar um SID do fornecedor retirado: %1</translation>
    </message>
    <message>
        <source>The store could not record a message event: %1</source>
        <translation>A base de dados não conseguiu registar um evento de mensagem: %1</translation>
    </message>
    <message>
        <source>The store could not prepare the message list: %1</source>
        <translation>A base de dados não conseguiu preparar a lista de mensagens: %1</translation>
    </message>
    <message>
        <source>The store could not list messages: %1</source>
        <translation>A base de dados não conseguiu listar as mensagens: %1</translation>
    </message>
    <message>
        <source>The store could not prepare the message count: %1</source>
        <translation>A base de dados não conseguiu preparar a contagem de mensagens: %1</translation>
    </message>
    <message>
        <source>The store could not count messages: %1</source>
        <translation>A base de dados não conseguiu contar as mensagens: %1</translation>
    </message>
    <message>
        <source>The store could not prepare reading messages by id: %1</source>
        <translation>A base de dados não conseguiu preparar a leitura de mensagens por ID: %1</translation>
    </message>
    <message>
        <source>The store could not read messages by id: %1</source>
        <translation>A base de dados não conseguiu ler as mensagens por ID: %1</translation>
    </message>
    <message>
        <source>The store could not prepare reading due messages: %1</source>
        <translation>A base de dados não conseguiu preparar a leitura das mensagens prontas a enviar: %1</translation>
    </message>
    <message>
        <source>The store could not read due messages: %1</source>
        <translation>A base de dados não conseguiu ler as mensagens prontas a enviar: %1</translation>
    </message>
</context>
<context>
    <name>MessageState</name>
    <message>
        <source>pending</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>pendente</translation>
    </message>
    <message>
        <source>queued</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>em fila</translation>
    </message>
    <message>
        <source>submitting</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>a submeter</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>enviada</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>entregue</translation>
    </message>
    <message>
        <source>undelivered</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>não entregue</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>falhou</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>The &quot;{&quot; at position %1 of the message template opens a placeholder that is never closed. Close it with &quot;}&quot; after the column name, or write &quot;{{&quot; for a literal &quot;{&quot;.</source>
        <translation>O «{» na posição %1 do modelo da mensagem abre um marcador que nunca é fechado. Feche-o com «}» depois do nome da coluna ou escreva «{{» para obter um «{» literal.</translation>
    </message>
    <message>
        <source>The &quot;{&quot; at position %1 of the message template is inside the placeholder opened at position %2. Close that placeholder with &quot;}&quot; first, or write &quot;{{&quot; for a literal &quot;{&quot;.</source>
        <translation>O «{» na posição %1 do modelo da mensagem está dentro do marcador aberto na posição %2. Feche primeiro esse marcador com «}» ou escreva «{{» para obter um «{» literal.</translation>
    </message>
    <message>
        <source>The placeholder &quot;%1&quot; at position %2 of the message template names no column. Put a column name inside, or write &quot;{{}}&quot; for literal braces.</source>
        <translation>O marcador «%1» na posição %2 do modelo da mensagem não indica nenhuma coluna. Coloque um nome de coluna lá dentro ou escreva «{{}}» para obter chavetas literais.</translation>
    </message>
    <message>
        <source>The &quot;}&quot; at position %1 of the message template closes no placeholder. Write &quot;}}&quot; for a literal &quot;}&quot;.</source>
        <translation>O «}» na posição %1 do modelo da mensagem não fecha nenhum marcador. Escreva «}}» para obter um «}» literal.</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;</source>
        <translation>coluna %1 «%2»</translation>
    </message>
    <message>
        <source>The placeholder %1 matches more than one column of the file (%2). Rename the duplicate column so that each name is unique.</source>
        <translation>O marcador %1 corresponde a mais de uma coluna do ficheiro (%2). Mude o nome da coluna duplicada para que cada nome seja único.</translation>
    </message>
    <message>
        <source>The message template uses columns the file does not have: %1. The file&apos;s columns are: %2. Correct the placeholder names (case and surrounding spaces do not matter) or the file&apos;s header row.</source>
        <translation>O modelo da mensagem usa colunas que o ficheiro não tem: %1. As colunas do ficheiro são: %2. Corrija os nomes dos marcadores (maiúsculas/minúsculas e espaços à volta não importam) ou a linha de cabeçalho do ficheiro.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not create the schema_version table: %1</source>
        <translation>Não foi possível criar a tabela schema_version: %1</translation>
    </message>
    <message>
        <source>Could not start migration %1: %2</source>
        <translation>Não foi possível iniciar a migração %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>A migração %1 falhou e foi revertida: %2</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded.</source>
        <translation>Não foi possível registar a migração %1.</translation>
    </message>
</context>
<context>
    <name>MoveStoreDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>Move store to server</source>
        <translation>Mover base de dados para o servidor</translation>
    </message>
    <message>
        <source>Copies this store — carriers, rules, campaigns, every message with its events, opt-outs, replies and settings — into an empty database on a PostgreSQL server, where a team can share it. This store is only read and stays as it is. Carriers&apos; tokens stay in this computer&apos;s keychain; the server gets their references only.</source>
        <translation>Copia esta base de dados — operadoras, regras, campanhas, todas as mensagens com os respetivos eventos, exclusões, respostas e definições — para uma base de dados vazia num servidor PostgreSQL, onde uma equipa a pode partilhar. Esta base de dados é apenas lida e fica como está. Os tokens das operadoras ficam no porta-chaves deste computador; o servidor recebe apenas as respetivas referências.</translation>
    </message>
    <message>
        <source>&amp;Server database:</source>
        <translation>&amp;Base de dados no servidor:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>&amp;Open the new store</source>
        <translation>&amp;Abrir a nova base de dados</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>A ligar a %1…</translation>
    </message>
    <message>
        <source>Cancelling: the server&apos;s database is being emptied again…</source>
        <translation>A cancelar: a base de dados do servidor está a ser novamente esvaziada…</translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation> · faltam %1 s</translation>
    </message>
    <message>
        <source>Copying %1… %2 of %3 rows%4</source>
        <translation>A copiar %1… %2 de %3 linhas%4</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>a base de dados</translation>
    </message>
    <message>
        <source>The copy did not finish.</source>
        <translation>A cópia não terminou.</translation>
    </message>
    <message>
        <source>The server wants a password for %1. It is kept for as long as SMS Router runs, and never saved.</source>
        <translation>O servidor pede uma palavra-passe para %1. É mantida enquanto o SMS Router estiver em execução e nunca é guardada.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) to %1 in %2 s. The row counts of every table match.</source>
        <translation>
            <numerusform>%Ln linha copiada para %1 em %2 s. O número de linhas de todas as tabelas coincide.</numerusform>
            <numerusform>%Ln linhas copiadas para %1 em %2 s. O número de linhas de todas as tabelas coincide.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the new store here, or on another computer with File → Open store… and %1. What this store sends after the copy is not on the server: move once, then work there.</source>
        <translation>Abra a nova base de dados aqui, ou noutro computador com Ficheiro → Abrir base de dados… e %1. O que esta base de dados enviar depois da cópia não fica no servidor: mova uma vez e depois trabalhe lá.</translation>
    </message>
</context>
<context>
    <name>NumberRefusal</name>
    <message>
        <source>The number is empty; enter the destination, e.g. +351912345678.</source>
        <translation>O número está vazio; introduza o destino, p. ex. +351912345678.</translation>
    </message>
    <message>
        <source>%1 is not a phone number; enter digits, optionally starting with “+” and the country code.</source>
        <translation>%1 não é um número de telefone; introduza algarismos, opcionalmente precedidos de «+» e do indicativo do país.</translation>
    </message>
    <message>
        <source>%1 does not start with a known country calling code; check the digits after “+” (44 for the United Kingdom, 1 for North America, …).</source>
        <translation>%1 não começa por um indicativo de país conhecido; verifique os algarismos depois de «+» (44 para o Reino Unido, 1 para a América do Norte, …).</translation>
    </message>
    <message>
        <source>%1 has no country code and no default region is set; write it in international form (+, country code, number) or set the default region.</source>
        <translation>%1 não tem indicativo do país e não está definida nenhuma região predefinida; escreva-o em formato internacional (+, indicativo do país, número) ou defina a região predefinida.</translation>
    </message>
    <message>
        <source>%1 is too short to be a phone number; check for missing digits.</source>
        <translation>%1 é demasiado curto para ser um número de telefone; verifique se faltam algarismos.</translation>
    </message>
    <message>
        <source>%1 is too long to be a phone number; check for extra digits.</source>
        <translation>%1 é demasiado longo para ser um número de telefone; verifique se há algarismos a mais.</translation>
    </message>
    <message>
        <source>%1 is too short for a number in %2; check for missing digits.</source>
        <translation>%1 é demasiado curto para um número da região %2; verifique se faltam algarismos.</translation>
    </message>
    <message>
        <source>%1 is too long for a number in %2; check for extra digits.</source>
        <translation>%1 é demasiado longo para um número da região %2; verifique se há algarismos a mais.</translation>
    </message>
    <message>
        <source>%1 does not start with a known country calling code; check the digits after “+”.</source>
        <translation>%1 não começa por um indicativo de país conhecido; verifique os algarismos depois de «+».</translation>
    </message>
    <message>
        <source>%1 (%2) is not a valid number in %3: no number range there looks like this; check the digits.</source>
        <translation>%1 (%2) não é um número válido na região %3: nenhum intervalo de numeração dessa região tem este formato; verifique os algarismos.</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Abrir base de dados</translation>
    </message>
    <message>
        <source>A store is a file on this computer, or a database on a PostgreSQL server that a team shares (postgresql://user@host:5432/dbname). SMS Router opens it at its next starts too, unless --db or SMSROUTER_DB names another.</source>
        <translation>Uma base de dados é um ficheiro neste computador ou uma base de dados num servidor PostgreSQL partilhado por uma equipa (postgresql://user@host:5432/dbname). O SMS Router também a abre nos próximos arranques, a menos que --db ou SMSROUTER_DB indique outra.</translation>
    </message>
    <message>
        <source>~/smsrouter.sqlite or postgresql://user@host:5432/dbname</source>
        <translation>~/smsrouter.sqlite ou postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Base de dados:</translation>
    </message>
    <message>
        <source>Open a store file</source>
        <translation>Abrir um ficheiro de base de dados</translation>
    </message>
    <message>
        <source>SMS Router stores (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de dados do SMS Router (*.sqlite *.db);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>A ligar a %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>A abrir %1…</translation>
    </message>
    <message>
        <source>The server wants a password for %1. It is kept for as long as SMS Router runs, and never saved.</source>
        <translation>O servidor pede uma palavra-passe para %1. É mantida enquanto o SMS Router estiver em execução e nunca é guardada.</translation>
    </message>
</context>
<context>
    <name>OptOutCommands</name>
    <message>
        <source>Read a number without +country in this region (else the store&apos;s default region).</source>
        <translation>Ler um número sem +indicativo do país nesta região (senão, na região predefinida da base de dados).</translation>
    </message>
    <message>
        <source>Give the number: optout add NUMBER [--reason TEXT].</source>
        <translation>Indique o número: optout add NUMBER [--reason TEXT].</translation>
    </message>
    <message>
        <source>Opted out %1: no campaign or send will reach it.</source>
        <translation>%1 foi excluído: nenhuma campanha nem envio o alcançará.</translation>
    </message>
    <message>
        <source>%1 was already opted out (since %2).</source>
        <translation>%1 já estava excluído (desde %2).</translation>
    </message>
    <message>
        <source>Give the number: optout remove NUMBER.</source>
        <translation>Indique o número: optout remove NUMBER.</translation>
    </message>
    <message>
        <source>Removed the opt-out of %1.</source>
        <translation>Exclusão de %1 removida.</translation>
    </message>
    <message>
        <source>No opt-outs. Add one with: smsrouter-cli optout add NUMBER --reason TEXT</source>
        <translation>Não há exclusões. Adicione uma com: smsrouter-cli optout add NUMBER --reason TEXT</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>ADICIONADO</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>Give one file: optout import FILE.</source>
        <translation>Indique um ficheiro: optout import FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Opted out %n number(s) from %1 (column “%2”); %3 already were.</source>
        <translation>
            <numerusform>%n número de %1 excluído (coluna «%2»); já estavam excluídos: %3.</numerusform>
            <numerusform>%n números de %1 excluídos (coluna «%2»); já estavam excluídos: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>%n linha ignorada.</numerusform>
            <numerusform>%n linhas ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt a number out: no campaign or send reaches it.</source>
        <translation>Excluir um número: nenhuma campanha nem envio o alcança.</translation>
    </message>
    <message>
        <source>Why (kept with the number).</source>
        <translation>Motivo (guardado com o número).</translation>
    </message>
    <message>
        <source>Remove a number&apos;s opt-out.</source>
        <translation>Remover a exclusão de um número.</translation>
    </message>
    <message>
        <source>List opted-out numbers.</source>
        <translation>Listar os números excluídos.</translation>
    </message>
    <message>
        <source>Opt out every number of a CSV file (bad lines are listed and skipped).</source>
        <translation>Excluir todos os números de um ficheiro CSV (as linhas inválidas são listadas e ignoradas).</translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>Add an opt-out</source>
        <translation>Adicionar uma exclusão</translation>
    </message>
    <message>
        <source>+351 912 345 678, or a national number</source>
        <translation>+351 912 345 678 ou um número nacional</translation>
    </message>
    <message>
        <source>Replied STOP on 3 March</source>
        <translation>Respondeu STOP a 3 de março</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Numbers without +country are read as %1 numbers (Settings → Default region).</source>
        <translation>Os números sem +indicativo são lidos como números de %1 (Definições → Região predefinida).</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>A adicionar %1…</translation>
    </message>
    <message>
        <source>%1 is opted out: it will not receive messages.</source>
        <translation>%1 foi excluído: não vai receber mensagens.</translation>
    </message>
    <message>
        <source>%1 was already opted out.</source>
        <translation>%1 já estava excluído.</translation>
    </message>
</context>
<context>
    <name>OptOutImportJob</name>
    <message>
        <source>The import did not run.</source>
        <translation>A importação não foi executada.</translation>
    </message>
    <message>
        <source>The import has not run.</source>
        <translation>A importação ainda não foi executada.</translation>
    </message>
</context>
<context>
    <name>OptOutRepository</name>
    <message>
        <source>The store could not prepare a query: %1</source>
        <translation>A base de dados não conseguiu preparar uma consulta: %1</translation>
    </message>
    <message>
        <source>The store refused a change: %1</source>
        <translation>A base de dados recusou uma alteração: %1</translation>
    </message>
    <message>
        <source>The store could not look up opt-outs: %1</source>
        <translation>A base de dados não conseguiu consultar as exclusões: %1</translation>
    </message>
    <message>
        <source>The store could not prepare the import&apos;s inserts: %1</source>
        <translation>A base de dados não conseguiu preparar as inserções da importação: %1</translation>
    </message>
</context>
<context>
    <name>OptOutService</name>
    <message>
        <source>“%1” is not a region with phone numbers; use a two-letter ISO 3166 code such as GB, PT or US.</source>
        <translation>«%1» não é uma região com números de telefone; use um código ISO 3166 de duas letras, como GB, PT ou US.</translation>
    </message>
    <message>
        <source>%1 is not opted out; nothing to remove.</source>
        <translation>%1 não está excluído; não há nada a remover.</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importado de %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>A importação foi cancelada; nada foi importado.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) of the file are longer than E.164 allows; nothing was imported.</source>
        <translation>
            <numerusform>%n número do ficheiro é mais longo do que o E.164 permite; nada foi importado.</numerusform>
            <numerusform>%n números do ficheiro são mais longos do que o E.164 permite; nada foi importado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 was removed while it ran (another program took it for abandoned). Import the file again.</source>
        <translation>A importação %1 foi removida enquanto decorria (outro programa considerou-a abandonada). Importe o ficheiro novamente.</translation>
    </message>
</context>
<context>
    <name>OptOutTableModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Filter numbers and reasons (Ctrl+F)</source>
        <translation>Filtrar números e motivos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Exclusões</translation>
    </message>
    <message>
        <source>Numbers that never receive messages: campaign imports reject them, and the dispatcher checks again just before sending.</source>
        <translation>Números que nunca recebem mensagens: as importações de campanhas rejeitam-nos e o serviço de envio volta a verificá-los imediatamente antes de enviar.</translation>
    </message>
    <message>
        <source>Add number…</source>
        <translation>Adicionar número…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add every number of a CSV file (a column of numbers; a “reason” column is kept).</source>
        <translation>Adicionar todos os números de um ficheiro CSV (uma coluna de números; uma coluna «motivo» é mantida).</translation>
    </message>
    <message>
        <source>No opt-outs yet. A number you add here never receives a message, from a campaign or from Compose. Numbers without +country are read in the default region.</source>
        <translation>Ainda não há exclusões. Um número que adicione aqui nunca recebe mensagens, nem de campanhas nem da página Escrever. Os números sem +indicativo do país são lidos na região predefinida.</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Importar uma lista…</translation>
    </message>
    <message>
        <source>Remove the selected numbers (Delete): they can receive messages again.</source>
        <translation>Remover os números selecionados (Delete): voltam a poder receber mensagens.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) opted out</source>
        <translation>
            <numerusform>%Ln número excluído</numerusform>
            <numerusform>%Ln números excluídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n…</source>
        <translation>
            <numerusform>Remover %n…</numerusform>
            <numerusform>Remover %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln row(s) from %1: %2 added, %3 already opted out</source>
        <translation>
            <numerusform>%Ln linha lida de %1: %2 adicionados, %3 já excluídos</numerusform>
            <numerusform>%Ln linhas lidas de %1: %2 adicionados, %3 já excluídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln line(s) could not be read as a number</source>
        <translation>
            <numerusform>; %Ln linha não pôde ser lida como número</numerusform>
            <numerusform>; %Ln linhas não puderam ser lidas como número</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: “%2” — %3</source>
        <translation>linha %1: «%2» — %3</translation>
    </message>
    <message>
        <source>Importing opt-outs from %1…</source>
        <translation>A importar exclusões de %1…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importação</translation>
    </message>
    <message>
        <source>Import opt-outs</source>
        <translation>Importar exclusões</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>A importar %1…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
    <message>
        <source>Opt-outs imported</source>
        <translation>Exclusões importadas</translation>
    </message>
    <message>
        <source>Fix these lines in the file and import it again; numbers already added are skipped.</source>
        <translation>Corrija estas linhas no ficheiro e importe-o novamente; os números já adicionados são ignorados.</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Ficheiros CSV e de texto (*.csv *.txt *.tsv);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Remove %1 from the opt-outs? It can receive messages again.</source>
        <translation>Remover %1 das exclusões? Voltará a poder receber mensagens.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln numbers from the opt-outs? They can receive messages again.</source>
        <translation>
            <numerusform>Remover %Ln número das exclusões? Voltará a poder receber mensagens.</numerusform>
            <numerusform>Remover %Ln números das exclusões? Voltarão a poder receber mensagens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln number(s) from the opt-outs.</source>
        <translation>
            <numerusform>%Ln número removido das exclusões.</numerusform>
            <numerusform>%Ln números removidos das exclusões.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove opt-outs</source>
        <translation>Remover exclusões</translation>
    </message>
</context>
<context>
    <name>PhoneColumn</name>
    <message numerus="yes">
        <source>--phone-column %1: the file has %n column(s); give a number from 1 to %n or a column name (%2).</source>
        <translation>
            <numerusform>--phone-column %1: o ficheiro tem %n coluna; indique um número de 1 a %n ou um nome de coluna (%2).</numerusform>
            <numerusform>--phone-column %1: o ficheiro tem %n colunas; indique um número de 1 a %n ou um nome de coluna (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no column “%1”. Its columns are: %2. Give one of these names, or the column&apos;s number (1 for the first).</source>
        <translation>O ficheiro não tem nenhuma coluna «%1». As suas colunas são: %2. Indique um destes nomes ou o número da coluna (1 para a primeira).</translation>
    </message>
</context>
<context>
    <name>PlainHttpClient</name>
    <message>
        <source>No answer in time</source>
        <translation>Sem resposta a tempo</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>any time</source>
        <translation>qualquer data</translation>
    </message>
</context>
<context>
    <name>RateCardFile</name>
    <message>
        <source>Line %1 </source>
        <extracomment>How the CSV reader&apos;s messages begin (“Line %1 has …”), with the space after the number.</extracomment>
        <translation>A linha %1 </translation>
    </message>
    <message>
        <source>This line </source>
        <extracomment>Replaces “Line 7 ” at the start of the CSV reader&apos;s messages.</extracomment>
        <translation>Esta linha </translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Não é possível escrever em %1: %2. Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free space and the folder&apos;s permissions.</source>
        <translation>Não é possível escrever em %1: %2. Verifique o espaço livre e as permissões da pasta.</translation>
    </message>
</context>
<context>
    <name>RateCardImporter</name>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>prefix or country, carrier, priority, weight, cost, enabled</source>
        <extracomment>The column names stay in English: they are the file&apos;s headers.</extracomment>
        <translation>prefix ou country, carrier, priority, weight, cost, enabled</translation>
    </message>
    <message>
        <source>“%1” is not a rate-card column; the columns are %2.</source>
        <translation>«%1» não é uma coluna de tabela de tarifas; as colunas são %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>A coluna «%1» aparece duas vezes.</translation>
    </message>
    <message>
        <source>A rate card needs a “prefix” or a “country” column (or both); the columns are %1.</source>
        <translation>Uma tabela de tarifas precisa de uma coluna «prefix» ou «country» (ou de ambas); as colunas são %1.</translation>
    </message>
    <message>
        <source>A rate card needs a “carrier” column.</source>
        <translation>Uma tabela de tarifas precisa de uma coluna «carrier».</translation>
    </message>
    <message>
        <source>A rate card needs a “cost” column (price per segment).</source>
        <translation>Uma tabela de tarifas precisa de uma coluna «cost» (preço por segmento).</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1; check for a missing or extra delimiter.</source>
        <translation>
            <numerusform>%n campo, mas o cabeçalho tem %1; verifique se falta ou sobra um separador.</numerusform>
            <numerusform>%n campos, mas o cabeçalho tem %1; verifique se falta ou sobra um separador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a prefix or a country (or * for the default rule).</source>
        <translation>Indique um prefixo ou um país (ou * para a regra predefinida).</translation>
    </message>
    <message>
        <source>Give either a prefix (%1) or a country (%2), not both.</source>
        <translation>Indique um prefixo (%1) ou um país (%2), mas não ambos.</translation>
    </message>
    <message>
        <source>Give the carrier&apos;s name.</source>
        <translation>Indique o nome da operadora.</translation>
    </message>
    <message>
        <source>There is no carrier named “%1”; add it first or correct the name.</source>
        <translation>Não existe nenhuma operadora chamada «%1»; adicione-a primeiro ou corrija o nome.</translation>
    </message>
    <message>
        <source>The %1 “%2” is not a whole number.</source>
        <extracomment>%1 is the column&apos;s name in the file (priority or weight), which stays in English.</extracomment>
        <translation>O valor «%2» da coluna %1 não é um número inteiro.</translation>
    </message>
    <message>
        <source>Give the cost per segment (e.g. 0.021).</source>
        <translation>Indique o custo por segmento (p. ex. 0.021).</translation>
    </message>
    <message>
        <source>“enabled” is “%1”; write yes or no.</source>
        <translation>«enabled» é «%1»; escreva yes ou no.</translation>
    </message>
    <message>
        <source>The same rule as line %1 (%2, carrier “%3”); keep one of them.</source>
        <translation>A mesma regra da linha %1 (%2, operadora «%3»); mantenha apenas uma delas.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added, %1 updated, %2 unchanged.</source>
        <translation>
            <numerusform>%n regra adicionada, atualizadas: %1, sem alterações: %2.</numerusform>
            <numerusform>%n regras adicionadas, atualizadas: %1, sem alterações: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>Found in Restcomm as %1 (status %2): it was accepted, so it is not sent again.</source>
        <translation>Encontrada no Restcomm como %1 (estado %2): foi aceite, por isso não é enviada novamente.</translation>
    </message>
    <message numerus="yes">
        <source>Restcomm lists more than %n message(s) to %1 since %2, too many to tell whether this one arrived. Check the carrier&apos;s Restcomm log, then Requeue… or Mark as sent… in the Delivery log.</source>
        <translation>
            <numerusform>O Restcomm lista mais de %n mensagem para %1 desde %2, demasiadas para saber se esta chegou. Verifique o registo do Restcomm da operadora e depois use Repor em fila… ou Marcar como enviada… no Registo de entregas.</numerusform>
            <numerusform>O Restcomm lista mais de %n mensagens para %1 desde %2, demasiadas para saber se esta chegou. Verifique o registo do Restcomm da operadora e depois use Repor em fila… ou Marcar como enviada… no Registo de entregas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer could be had for any of its %n attempt(s), and Restcomm has no record of it: not sent, and not tried again.</source>
        <translation>
            <numerusform>Não se obteve resposta em %n tentativa e o Restcomm não tem registo dela: não foi enviada e não será tentada novamente.</numerusform>
            <numerusform>Não se obteve resposta em nenhuma das %n tentativas e o Restcomm não tem registo dela: não foi enviada e não será tentada novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restcomm has no record of it %1 s after the request ended, so it is queued to be sent again.</source>
        <translation>O Restcomm não tem registo dela %1 s depois de o pedido ter terminado, por isso foi colocada em fila para ser enviada novamente.</translation>
    </message>
</context>
<context>
    <name>RegionQuestion</name>
    <message>
        <source>Use this country</source>
        <translation>Usar este país</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which country are most of your numbers in?&lt;/b&gt; Numbers written without a country code are read as numbers of that country (you can change it in Settings).</source>
        <translation>&lt;b&gt;Em que país está a maioria dos seus números?&lt;/b&gt; Os números escritos sem indicativo do país são lidos como números desse país (pode alterá-lo nas Definições).</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Escolha um país…</translation>
    </message>
</context>
<context>
    <name>RejectsExporter</name>
    <message>
        <source>There is no campaign %1 (was it removed?); the campaign list shows the ids.</source>
        <translation>Não existe a campanha %1 (foi removida?); a lista de campanhas mostra os IDs.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
</context>
<context>
    <name>ReplyProcessor</name>
    <message>
        <source>Queued for %1: confirms the %2 reply of %3</source>
        <translation>Em fila para %1: confirma a resposta %2 de %3</translation>
    </message>
</context>
<context>
    <name>RestcommClient</name>
    <message>
        <source>The e-mail address %1 is already used by another Restcomm account (HTTP 409). Choose another address.</source>
        <translation>O endereço de e-mail %1 já é utilizado por outra conta Restcomm (HTTP 409). Escolha outro endereço.</translation>
    </message>
    <message>
        <source>Restcomm refused the new account (HTTP 400: %1). Use a valid e-mail address and a stronger password (letters, digits and symbols); Restcomm also allows at most three levels of accounts.</source>
        <translation>O Restcomm recusou a nova conta (HTTP 400: %1). Use um endereço de e-mail válido e uma palavra-passe mais forte (letras, algarismos e símbolos); o Restcomm também só permite, no máximo, três níveis de contas.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sem motivo indicado</translation>
    </message>
    <message>
        <source>The account of carrier “%1” may not create sub-accounts (HTTP 403). Use an account with the Administrator role as the parent.</source>
        <translation>A conta da operadora «%1» não pode criar subcontas (HTTP 403). Use como conta principal uma conta com a função Administrator.</translation>
    </message>
</context>
<context>
    <name>RestcommParser</name>
    <message>
        <source>Restcomm answered with something that is not the expected %1 JSON (%2).</source>
        <translation>O Restcomm respondeu com algo que não é o JSON de %1 esperado (%2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensagem</translation>
    </message>
    <message>
        <source>Restcomm&apos;s answer has no message SID.</source>
        <translation>A resposta do Restcomm não tem SID de mensagem.</translation>
    </message>
    <message>
        <source>message list</source>
        <translation>lista de mensagens</translation>
    </message>
    <message>
        <source>account</source>
        <translation>conta</translation>
    </message>
    <message>
        <source>Restcomm&apos;s answer has no account SID.</source>
        <translation>A resposta do Restcomm não tem SID de conta.</translation>
    </message>
    <message>
        <source>; the message was not sent</source>
        <translation>; a mensagem não foi enviada</translation>
    </message>
    <message>
        <source>this carrier</source>
        <translation>em causa</translation>
    </message>
    <message>
        <source>carrier “%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Restcomm refused the message as too large (HTTP 413). Shorten it; it is not retried.</source>
        <translation>O Restcomm recusou a mensagem por ser demasiado grande (HTTP 413). Encurte-a; não é feita nova tentativa.</translation>
    </message>
    <message>
        <source>Restcomm refused the message (HTTP 400: %1). Correct it; it is not retried.</source>
        <translation>O Restcomm recusou a mensagem (HTTP 400: %1). Corrija-a; não é feita nova tentativa.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sem motivo indicado</translation>
    </message>
    <message>
        <source>Restcomm refused the credentials (HTTP 401). Check the Account SID and token of %1.</source>
        <translation>O Restcomm recusou as credenciais (HTTP 401). Verifique o Account SID e o token da operadora %1.</translation>
    </message>
    <message>
        <source>Restcomm&apos;s sending limit for %1 is reached (HTTP 403 SMS_LIMIT_EXCEEDED); sending resumes later.</source>
        <translation>Foi atingido o limite de envio do Restcomm para a operadora %1 (HTTP 403 SMS_LIMIT_EXCEEDED); o envio é retomado mais tarde.</translation>
    </message>
    <message>
        <source>The Restcomm account of %1 is not active (HTTP 403). Reactivate it in Restcomm, or disable the carrier.</source>
        <translation>A conta Restcomm da operadora %1 não está ativa (HTTP 403). Reative-a no Restcomm ou desative a operadora.</translation>
    </message>
    <message>
        <source>Restcomm refused the request (HTTP 403): the account of %1 may not send SMS, or the Account SID belongs to another account tree. Check its role and SID.</source>
        <translation>O Restcomm recusou o pedido (HTTP 403): a conta da operadora %1 não tem permissão para enviar SMS, ou o Account SID pertence a outra árvore de contas. Verifique a função e o SID da conta.</translation>
    </message>
    <message>
        <source>Restcomm does not know this address (HTTP 404). Check the base URL and Account SID of %1.</source>
        <translation>O Restcomm não conhece este endereço (HTTP 404). Verifique o URL base e o Account SID da operadora %1.</translation>
    </message>
    <message>
        <source>Restcomm asked %1 to slow down (HTTP %2)%3.</source>
        <translation>O Restcomm pediu para abrandar o envio da operadora %1 (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>; retrying after %1 s</source>
        <translation>; nova tentativa dentro de %1 s</translation>
    </message>
    <message>
        <source>Restcomm failed while handling the request (HTTP %1: %2).</source>
        <translation>O Restcomm falhou ao processar o pedido (HTTP %1: %2).</translation>
    </message>
    <message>
        <source> It may or may not have accepted the message; it is looked up before any resend.</source>
        <translation> Pode ou não ter aceite a mensagem; esta será procurada antes de qualquer reenvio.</translation>
    </message>
    <message>
        <source> Try again in a moment.</source>
        <translation> Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>Restcomm answered HTTP %1, which this program does not expect for %2 (%3). Check the carrier&apos;s base URL.</source>
        <translation>O Restcomm respondeu HTTP %1, que este programa não espera para a operadora %2 (%3). Verifique o URL base da operadora.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2)%3. If the carrier uses its own certificate authority, set its CA file.</source>
        <translation>O handshake TLS com a operadora %1 falhou (%2)%3. Se a operadora usar a sua própria autoridade de certificação, defina o respetivo ficheiro da AC.</translation>
    </message>
    <message>
        <source>Nothing answers at the address of %1 (connection refused)%2. Check its base URL.</source>
        <translation>Nada responde no endereço da operadora %1 (ligação recusada)%2. Verifique o URL base.</translation>
    </message>
    <message>
        <source>The host of %1 was not found%2. Check its base URL and this computer&apos;s network.</source>
        <translation>O anfitrião da operadora %1 não foi encontrado%2. Verifique o URL base e a rede deste computador.</translation>
    </message>
    <message>
        <source>after the request was sent</source>
        <translation>depois de o pedido ter sido enviado</translation>
    </message>
    <message>
        <source>while the request was on its way</source>
        <translation>enquanto o pedido estava a caminho</translation>
    </message>
    <message>
        <source> Restcomm may have accepted the message; it is looked up before any resend.</source>
        <translation> O Restcomm pode ter aceite a mensagem; esta será procurada antes de qualquer reenvio.</translation>
    </message>
    <message>
        <source>No answer from %1 in time (%2).</source>
        <translation>A operadora %1 não respondeu a tempo (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 broke %2 (%3).</source>
        <translation>A ligação à operadora %1 foi interrompida %2 (%3).</translation>
    </message>
</context>
<context>
    <name>RestcommRequests</name>
    <message>
        <source>The CA file %1 cannot be read (%2).</source>
        <translation>Não é possível ler o ficheiro da AC %1 (%2).</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>O ficheiro da AC %1 não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <source>Refusing to send to %1 over %2: only https:// is allowed, and http:// only to this computer. Fix the base URL of carrier “%3”.</source>
        <translation>Recusado o envio para %1 através de %2: só é permitido https://, e http:// apenas para este computador. Corrija o URL base da operadora «%3».</translation>
    </message>
    <message>
        <source>an unknown scheme</source>
        <translation>um esquema desconhecido</translation>
    </message>
</context>
<context>
    <name>RouteIndex</name>
    <message>
        <source>“%1” is not an E.164 number: write “+”, the country code and the number, at most 15 digits.</source>
        <translation>«%1» não é um número E.164: escreva «+», o indicativo do país e o número, com no máximo 15 algarismos.</translation>
    </message>
    <message>
        <source>disabled</source>
        <extracomment>Why a carrier was skipped: it is switched off.</extracomment>
        <translation>desativada</translation>
    </message>
    <message>
        <source>no country rule for %1</source>
        <translation>nenhuma regra de país para %1</translation>
    </message>
    <message>
        <source>no region for a country rule</source>
        <translation>nenhuma região para uma regra de país</translation>
    </message>
    <message>
        <source>%1 is unroutable: no enabled rule matches it (no prefix rule for its digits, %2, no default rule); add a prefix, country or default rule that covers it.</source>
        <translation>%1 não tem rota: nenhuma regra ativada lhe corresponde (nenhuma regra de prefixo para os seus algarismos, %2, nenhuma regra predefinida); adicione uma regra de prefixo, de país ou predefinida que o abranja.</translation>
    </message>
    <message>
        <source>%1 is unroutable: no carrier that its rules name can take it — %2. Enable a carrier or add a rule for another one.</source>
        <translation>%1 não tem rota: nenhuma das operadoras indicadas pelas suas regras o pode receber — %2. Ative uma operadora ou adicione uma regra para outra.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 (priority %4, %5/segment</source>
        <extracomment>Followed by “, picked by weight …” and a closing parenthesis.</extracomment>
        <translation>%1 → %2: %3 (prioridade %4, %5/segmento</translation>
    </message>
    <message>
        <source>, picked by weight %1 of %2</source>
        <translation>, escolhida pelo peso %1 de %2</translation>
    </message>
    <message>
        <source>; fallbacks: </source>
        <translation>; alternativas: </translation>
    </message>
    <message>
        <source>; skipped </source>
        <translation>; ignoradas </translation>
    </message>
</context>
<context>
    <name>RoutePreviewModel</name>
    <message>
        <source>not a valid number</source>
        <translation>número inválido</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>repetido</translation>
    </message>
    <message>
        <source>no rule routes it</source>
        <translation>nenhuma regra o encaminha</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>excluído</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Not sent because</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>RouteTester</name>
    <message>
        <source>Test a number</source>
        <translation>Testar um número</translation>
    </message>
    <message>
        <source>Type a number, e.g. %1</source>
        <translation>Escreva um número, p. ex. %1</translation>
    </message>
    <message>
        <source>Where a number written without +country code is read.</source>
        <translation>Região em que é lido um número escrito sem +indicativo do país.</translation>
    </message>
    <message>
        <source>read in:</source>
        <translation>lido em:</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Cost/segment</source>
        <translation>Custo/segmento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Default region (none)</source>
        <translation>Região predefinida (nenhuma)</translation>
    </message>
    <message>
        <source>Default region (%1)</source>
        <translation>Região predefinida (%1)</translation>
    </message>
    <message>
        <source>Type a number to see which carrier it goes to, which rule chose it, and why other carriers were skipped.</source>
        <translation>Escreva um número para ver para que operadora vai, que regra a escolheu e porque foram ignoradas as outras operadoras.</translation>
    </message>
    <message>
        <source>Read as %1 · %2 · %3</source>
        <translation>Lido como %1 · %2 · %3</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>escolhida</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>alternativa</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorada: %1</translation>
    </message>
</context>
<context>
    <name>RoutingCommands</name>
    <message>
        <source>Match numbers starting with these E.164 digits, country code first (447).</source>
        <translation>Abranger os números que começam por estes algarismos E.164, com o indicativo do país primeiro (447).</translation>
    </message>
    <message>
        <source>Match numbers of this region, as libphonenumber reports it (GB, GG, US).</source>
        <translation>Abranger os números desta região, tal como o libphonenumber a indica (GB, GG, US).</translation>
    </message>
    <message>
        <source>Match every number no other rule matches.</source>
        <translation>Abranger todos os números que nenhuma outra regra abrange.</translation>
    </message>
    <message>
        <source>The carrier that terminates them.</source>
        <translation>A operadora que os termina.</translation>
    </message>
    <message>
        <source>1 is tried first (default 1).</source>
        <translation>A prioridade 1 é tentada primeiro (predefinição: 1).</translation>
    </message>
    <message>
        <source>Share of traffic among rules of equal priority and cost (default 1).</source>
        <translation>Parte do tráfego entre regras com a mesma prioridade e o mesmo custo (predefinição: 1).</translation>
    </message>
    <message>
        <source>Price per segment, e.g. 0.021 (default 0).</source>
        <translation>Preço por segmento, p. ex. 0.021 (predefinição: 0).</translation>
    </message>
    <message>
        <source>Keep the rule but do not route with it.</source>
        <translation>Manter a regra, mas não encaminhar com ela.</translation>
    </message>
    <message>
        <source>rule add takes no arguments besides its options.</source>
        <translation>rule add não aceita argumentos além das suas opções.</translation>
    </message>
    <message>
        <source>Give exactly one of --prefix DIGITS, --country ISO2 or --default.</source>
        <translation>Indique exatamente uma das opções --prefix DIGITS, --country ISO2 ou --default.</translation>
    </message>
    <message>
        <source>--carrier NAME is required.</source>
        <translation>--carrier NAME é obrigatório.</translation>
    </message>
    <message>
        <source>--priority takes a whole number, 1 for first.</source>
        <translation>--priority aceita um número inteiro, 1 para a primeira.</translation>
    </message>
    <message>
        <source>--weight takes a whole number.</source>
        <translation>--weight aceita um número inteiro.</translation>
    </message>
    <message>
        <source>Added rule #%1: %2 → %3 (priority %4, weight %5, %6/segment).</source>
        <translation>Regra n.º %1 adicionada: %2 → %3 (prioridade %4, peso %5, %6/segmento).</translation>
    </message>
    <message>
        <source>Added rule #%1: %2 → %3 (priority %4, weight %5, %6/segment, disabled).</source>
        <translation>Regra n.º %1 adicionada: %2 → %3 (prioridade %4, peso %5, %6/segmento, desativada).</translation>
    </message>
    <message>
        <source>No rules yet. Add one with: smsrouter-cli rule add --prefix 447 --carrier NAME --cost 0.021</source>
        <translation>Ainda não há regras. Adicione uma com: smsrouter-cli rule add --prefix 447 --carrier NAME --cost 0.021</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>CRITÉRIO</translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation>OPERADORA</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORIDADE</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>PESO</translation>
    </message>
    <message>
        <source>COST/%1</source>
        <translation>CUSTO/%1</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ATIVADA</translation>
    </message>
    <message>
        <source>Give the rule&apos;s id: rule remove ID (`rule list` shows the ids).</source>
        <translation>Indique o ID da regra: rule remove ID (`rule list` mostra os IDs).</translation>
    </message>
    <message>
        <source>Removed rule #%1 (%2 → %3).</source>
        <translation>Regra n.º %1 removida (%2 → %3).</translation>
    </message>
    <message>
        <source>Give the number: route NUMBER [--region ISO2].</source>
        <translation>Indique o número: route NUMBER [--region ISO2].</translation>
    </message>
    <message>
        <source>--region “%1” is not a region with phone numbers; use a two-letter ISO 3166 code such as GB, PT or US.</source>
        <translation>--region «%1» não é uma região com números de telefone; use um código ISO 3166 de duas letras, como GB, PT ou US.</translation>
    </message>
    <message>
        <source>Number: %1, %2, %3</source>
        <translation>Número: %1, %2, %3</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>escolhida</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>alternativa</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorada: %1</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGRA</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>CUSTO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported (%n problem(s)).</source>
        <translation>
            <numerusform>nada foi importado (%n problema).</numerusform>
            <numerusform>nada foi importado (%n problemas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the file: import carriers-json FILE.</source>
        <translation>Indique o ficheiro: import carriers-json FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3:</source>
        <translation>Foram importadas %1 e %2 de %3:</translation>
    </message>
    <message numerus="yes">
        <source>%n carrier(s)</source>
        <translation>
            <numerusform>%n operadora</numerusform>
            <numerusform>%n operadoras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country rule(s)</source>
        <translation>
            <numerusform>%n regra de país</numerusform>
            <numerusform>%n regras de país</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the file: import rates-csv FILE.</source>
        <translation>Indique o ficheiro: import rates-csv FILE.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importado: %2</translation>
    </message>
    <message>
        <source>Give at most one file: export rates-csv [FILE] (standard output without one).</source>
        <translation>Indique no máximo um ficheiro: export rates-csv [FILE] (sem ficheiro, usa a saída padrão).</translation>
    </message>
    <message>
        <source>Without FILE the rate card itself goes to standard output; drop --json, or use `rule list --json` for the rules as JSON.</source>
        <translation>Sem FILE, a própria tabela de tarifas vai para a saída padrão; retire --json ou use `rule list --json` para obter as regras em JSON.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>%n regra exportada para %1.</numerusform>
            <numerusform>%n regras exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a routing rule (--prefix DIGITS | --country ISO2 | --default) --carrier NAME.</source>
        <translation>Adicionar uma regra de encaminhamento (--prefix DIGITS | --country ISO2 | --default) --carrier NAME.</translation>
    </message>
    <message>
        <source>List the routing rules.</source>
        <translation>Listar as regras de encaminhamento.</translation>
    </message>
    <message>
        <source>Remove a routing rule.</source>
        <translation>Remover uma regra de encaminhamento.</translation>
    </message>
    <message>
        <source>Show which carrier a number goes to, and why.</source>
        <translation>Mostrar para que operadora vai um número e porquê.</translation>
    </message>
    <message>
        <source>Read a number without +country in this region (else the store&apos;s default region).</source>
        <translation>Ler um número sem +indicativo do país nesta região (senão, na região predefinida da base de dados).</translation>
    </message>
    <message>
        <source>Import the tutorial&apos;s carriers.json: carriers, tokens and one country rule each.</source>
        <translation>Importar o carriers.json do tutorial: operadoras, tokens e uma regra de país para cada uma.</translation>
    </message>
    <message>
        <source>Import a rate card (prefix or country, carrier, priority, weight, cost): all or nothing.</source>
        <translation>Importar uma tabela de tarifas (prefixo ou país, operadora, prioridade, peso, custo): tudo ou nada.</translation>
    </message>
    <message>
        <source>Write every rule as a rate card that `import rates-csv` reads back (stdout without FILE).</source>
        <translation>Escrever todas as regras numa tabela de tarifas que `import rates-csv` volta a ler (stdout sem FILE).</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Choose a carrier</source>
        <translation>Escolha uma operadora</translation>
    </message>
    <message>
        <source>1 is tried first; higher numbers are fallbacks.</source>
        <translation>A prioridade 1 é tentada primeiro; os números mais altos servem de alternativa.</translation>
    </message>
    <message>
        <source>Share of traffic among rules of equal priority and cost; 0 takes none while others can.</source>
        <translation>Parte do tráfego entre regras com a mesma prioridade e custo; 0 não recebe nenhum enquanto outras o puderem receber.</translation>
    </message>
    <message>
        <source>e.g. 0.021</source>
        <translation>p. ex. 0.021</translation>
    </message>
    <message>
        <source>Route numbers with this rule</source>
        <translation>Encaminhar números com esta regra</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>&amp;Critério:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>&amp;Operadora:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridade:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>Pe&amp;so:</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>C&amp;usto:</translation>
    </message>
    <message>
        <source>%1/segment</source>
        <translation>%1/segmento</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nova regra</translation>
    </message>
    <message>
        <source>Edit rule “%1”</source>
        <translation>Editar regra «%1»</translation>
    </message>
    <message>
        <source>digits, country code first: 447 for UK mobiles</source>
        <translation>algarismos, indicativo do país primeiro: 447 para telemóveis do Reino Unido</translation>
    </message>
    <message>
        <source>two-letter code or name: GB, Portugal, …</source>
        <translation>código de duas letras ou nome: GB, Portugal, …</translation>
    </message>
    <message>
        <source>every number no other rule matches</source>
        <translation>todos os números que nenhuma outra regra abrange</translation>
    </message>
    <message>
        <source>Numbers starting with +%1.</source>
        <translation>Números começados por +%1.</translation>
    </message>
    <message>
        <source>Every number of %1 (country code +%2), whatever its prefix.</source>
        <translation>Todos os números de %1 (indicativo do país +%2), seja qual for o prefixo.</translation>
    </message>
    <message>
        <source>Numbers no prefix or country rule matches.</source>
        <translation>Números que nenhuma regra de prefixo ou de país abrange.</translation>
    </message>
    <message>
        <source>Enter the price of one segment, e.g. 0.021 (0 if it costs nothing).</source>
        <translation>Introduza o preço de um segmento, p. ex. 0.021 (0 se não tiver custo).</translation>
    </message>
    <message>
        <source>“%1” is not a price.</source>
        <translation>«%1» não é um preço.</translation>
    </message>
    <message>
        <source>This carrier is disabled: routing skips the rule until the carrier is enabled again.</source>
        <translation>Esta operadora está desativada: o encaminhamento ignora a regra até a operadora voltar a ser ativada.</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>Corrija primeiro os campos assinalados acima.</translation>
    </message>
</context>
<context>
    <name>RuleRepository</name>
    <message>
        <source>Rule %1 does not exist.</source>
        <translation>A regra %1 não existe.</translation>
    </message>
    <message>
        <source>There is no rule %1; `smsrouter-cli rule list` shows the ids.</source>
        <translation>Não existe nenhuma regra %1; `smsrouter-cli rule list` mostra os IDs.</translation>
    </message>
</context>
<context>
    <name>RuleService</name>
    <message>
        <source>There is no rule %1; `smsrouter-cli rule list` shows the ids.</source>
        <translation>Não existe nenhuma regra %1; `smsrouter-cli rule list` mostra os IDs.</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Não foi possível ler a base de dados: %1</translation>
    </message>
    <message>
        <source>%1: rule %2 does not exist.</source>
        <translation>%1: a regra %2 não existe.</translation>
    </message>
    <message>
        <source>%1: the carrier already has this rule (#%2).</source>
        <translation>%1: a operadora já tem esta regra (n.º %2).</translation>
    </message>
    <message>
        <source>%1: the same rule is given twice.</source>
        <translation>%1: a mesma regra é indicada duas vezes.</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <source>Prefix</source>
        <translation>Prefixo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinida</translation>
    </message>
    <message>
        <source>all other numbers</source>
        <translation>todos os outros números</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ativada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>This rule is disabled: routing skips it.</source>
        <translation>Esta regra está desativada: o encaminhamento ignora-a.</translation>
    </message>
    <message>
        <source>Carrier “%1” is disabled: routing skips this rule until the carrier is enabled again.</source>
        <translation>A operadora «%1» está desativada: o encaminhamento ignora esta regra até a operadora voltar a ser ativada.</translation>
    </message>
    <message>
        <source>Numbers starting with +%1</source>
        <translation>Números começados por +%1</translation>
    </message>
    <message>
        <source>%1 %2 per segment</source>
        <translation>%1 %2 por segmento</translation>
    </message>
    <message>
        <source>The prefix (E.164 digits, country code first) or the region the rule matches.</source>
        <translation>O prefixo (algarismos E.164, começando pelo indicativo do país) ou a região a que a regra se aplica.</translation>
    </message>
    <message>
        <source>1 is tried first; higher numbers are fallbacks.</source>
        <translation>A prioridade 1 é tentada primeiro; os números mais altos servem de alternativa.</translation>
    </message>
    <message>
        <source>Share of traffic among rules of equal priority and cost.</source>
        <translation>Parte do tráfego entre regras com a mesma prioridade e o mesmo custo.</translation>
    </message>
    <message>
        <source>Price of one segment, in the store&apos;s currency.</source>
        <translation>Preço de um segmento, na moeda da base de dados.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Critério</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>#%1 (missing)</source>
        <translation>n.º %1 (em falta)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a rule&apos;s kind and value: Prefix 351</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RuleValidator</name>
    <message>
        <source>Enter the prefix: the first digits of the numbers, country code first (447 for UK mobiles, 351 for Portugal).</source>
        <translation>Introduza o prefixo: os primeiros algarismos dos números, começando pelo indicativo do país (447 para telemóveis do Reino Unido, 351 para Portugal).</translation>
    </message>
    <message>
        <source>A prefix holds digits only, country code first, without “+” (e.g. 447): “%1” has “%2”.</source>
        <translation>Um prefixo só contém algarismos, começando pelo indicativo do país, sem «+» (p. ex. 447): «%1» contém «%2».</translation>
    </message>
    <message>
        <source>A prefix cannot start with 0: numbers are matched in international form, country code first (447…, not 07… or 0044…).</source>
        <translation>Um prefixo não pode começar por 0: os números são comparados no formato internacional, começando pelo indicativo do país (447…, e não 07… nem 0044…).</translation>
    </message>
    <message>
        <source>A prefix has at most 15 digits (the length of the longest E.164 number).</source>
        <translation>Um prefixo tem no máximo 15 algarismos (o comprimento do número E.164 mais longo).</translation>
    </message>
    <message>
        <source>Enter the country as a two-letter ISO 3166 code (GB, PT, US, …).</source>
        <translation>Introduza o país como código ISO 3166 de duas letras (GB, PT, US, …).</translation>
    </message>
    <message>
        <source>Use the two-letter code: “%1” is %2.</source>
        <translation>Use o código de duas letras: o código de «%1» é %2.</translation>
    </message>
    <message>
        <source>“%1” is not a region with phone numbers; use a two-letter ISO 3166 code such as GB, PT or US.</source>
        <translation>«%1» não é uma região com números de telefone; use um código ISO 3166 de duas letras, como GB, PT ou US.</translation>
    </message>
    <message>
        <source>A default rule matches every number and takes no value.</source>
        <translation>Uma regra predefinida abrange todos os números e não leva nenhum valor.</translation>
    </message>
    <message>
        <source>Choose the carrier that terminates these numbers.</source>
        <translation>Escolha a operadora que termina estes números.</translation>
    </message>
    <message>
        <source>Carrier %1 no longer exists; choose another carrier.</source>
        <translation>A operadora %1 já não existe; escolha outra operadora.</translation>
    </message>
    <message>
        <source>Use a priority from 1 (tried first) to %1.</source>
        <translation>Use uma prioridade de 1 (tentada primeiro) a %1.</translation>
    </message>
    <message>
        <source>Use a weight from 0 to %1; equal rules share traffic in proportion to their weights (0: only when the others cannot take it).</source>
        <translation>Use um peso de 0 a %1; regras equivalentes partilham o tráfego em proporção aos seus pesos (0: só quando as outras não o puderem receber).</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Um preço não pode ser negativo.</translation>
    </message>
    <message>
        <source>A price above %1 per segment is surely a typo; enter the price of one segment (e.g. 0.021).</source>
        <translation>Um preço superior a %1 por segmento é certamente um erro de escrita; introduza o preço de um segmento (p. ex. 0.021).</translation>
    </message>
    <message>
        <source>Carrier “%1” already has a rule for %2 (#%3); change that rule instead.</source>
        <translation>A operadora «%1» já tem uma regra para %2 (n.º %3); altere essa regra.</translation>
    </message>
    <message>
        <source>“%1” is not a price; write the price of one segment as a number with up to six decimals, such as 0.021.</source>
        <translation>«%1» não é um preço; escreva o preço de um segmento como um número com até seis casas decimais, como 0.021.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <source>Which carrier terminates which prefix or country, in what order and at what price. The longest matching prefix wins, then the country, then the default.</source>
        <translation>Que operadora termina que prefixo ou país, por que ordem e a que preço. Ganha o prefixo correspondente mais longo, depois o país e depois a regra predefinida.</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Adicionar regra…</translation>
    </message>
    <message>
        <source>Add your first rule</source>
        <translation>Adicionar a primeira regra</translation>
    </message>
    <message>
        <source>Filter rules (Ctrl+F)</source>
        <translation>Filtrar regras (Ctrl+F)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Select a rule to see and change it.</source>
        <translation>Selecione uma regra para a ver e alterar.</translation>
    </message>
    <message>
        <source>No rules yet. A rule sends the numbers of a prefix or a country to a carrier, in an order and at a price; a default rule takes every other number. You can also import a rate card from the File menu.</source>
        <translation>Ainda não há regras. Uma regra envia os números de um prefixo ou de um país para uma operadora, por uma ordem e a um preço; uma regra predefinida recebe todos os outros números. Também pode importar uma tabela de tarifas a partir do menu Ficheiro.</translation>
    </message>
    <message>
        <source>No rules yet, and no carrier to send to: add a carrier on the Carriers page first. Then a rule says which numbers go to it, in what order and at what price.</source>
        <translation>Ainda não há regras nem operadoras para onde enviar: adicione primeiro uma operadora na página Operadoras. Depois, uma regra indica que números vão para ela, por que ordem e a que preço.</translation>
    </message>
    <message>
        <source>Add a carrier first: a rule sends numbers to a carrier.</source>
        <translation>Adicione primeiro uma operadora: uma regra envia números para uma operadora.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Eliminar regra</translation>
    </message>
    <message>
        <source>Delete the rule “%1 → %2”? Numbers it matches go to the next matching rule, or are refused as unroutable when none matches. Messages already sent stay in the delivery log.</source>
        <translation>Eliminar a regra «%1 → %2»? Os números que ela abrange passam para a regra correspondente seguinte, ou são recusados como não encaminháveis se nenhuma corresponder. As mensagens já enviadas ficam no registo de entregas.</translation>
    </message>
    <message>
        <source>Rule not deleted</source>
        <translation>Regra não eliminada</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule campaign</source>
        <translation>Agendar campanha</translation>
    </message>
    <message>
        <source>“%1” starts by itself at this time, if SMS Router or a headless &lt;tt&gt;smsrouter-cli dispatch&lt;/tt&gt; is running then.</source>
        <translation>«%1» começa automaticamente a esta hora, se nessa altura o SMS Router ou um &lt;tt&gt;smsrouter-cli dispatch&lt;/tt&gt; sem interface estiver em execução.</translation>
    </message>
    <message>
        <source>&amp;Start at:</source>
        <translation>&amp;Iniciar às:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <source>Choose a time in the future, or start the campaign now.</source>
        <translation>Escolha uma hora no futuro ou inicie a campanha agora.</translation>
    </message>
</context>
<context>
    <name>SecretBackend</name>
    <message>
        <source>database</source>
        <comment>where a token is kept (a short label)</comment>
        <translation>base de dados</translation>
    </message>
    <message>
        <source>keychain</source>
        <comment>where a token is kept (a short label)</comment>
        <translation>porta-chaves</translation>
    </message>
    <message>
        <source>Tokens are never kept in a store on a PostgreSQL server: everyone who can read that database (its other users, its administrators, its backups) could read them and send through your carriers. Each operator keeps them in the system keychain of their own computer, and the store keeps only a reference. Choose the keychain (Settings → Keep tokens in, or --secret-store keychain).</source>
        <translation>Os tokens nunca são guardados numa base de dados num servidor PostgreSQL: qualquer pessoa que consiga ler essa base de dados (os seus outros utilizadores, os seus administradores, as suas cópias de segurança) poderia lê-los e enviar através das suas operadoras. Cada operador guarda-os no porta-chaves do sistema do seu próprio computador e a base de dados guarda apenas uma referência. Escolha o porta-chaves (Definições → Guardar os tokens em, ou --secret-store keychain).</translation>
    </message>
</context>
<context>
    <name>SendCommands</name>
    <message>
        <source>Message %1 to %2 via %3: %4</source>
        <translation>Mensagem %1 para %2 via %3: %4</translation>
    </message>
    <message>
        <source>Message %1 to %2: %3</source>
        <translation>Mensagem %1 para %2: %3</translation>
    </message>
    <message>
        <source>send needs --to NUMBER, --from SENDER and --body TEXT.</source>
        <translation>send requer --to NUMBER, --from SENDER e --body TEXT.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait aceita um número de segundos.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent; add --allow-repeat to send it again on purpose.</source>
        <translation>%1 Nada foi enviado; adicione --allow-repeat para voltar a enviá-la intencionalmente.</translation>
    </message>
    <message>
        <source>the message is queued; %1</source>
        <translation>a mensagem está em fila; %1</translation>
    </message>
    <message>
        <source>--campaign takes a campaign id (`smsrouter-cli campaign list`).</source>
        <translation>--campaign aceita um ID de campanha (`smsrouter-cli campaign list`).</translation>
    </message>
    <message>
        <source>--max-seconds takes a number of seconds above 0.</source>
        <translation>--max-seconds aceita um número de segundos superior a 0.</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds above 0.</source>
        <translation>--%1 aceita um número de segundos superior a 0.</translation>
    </message>
    <message>
        <source>stopping; waiting for requests in flight…</source>
        <translation>a parar; à espera dos pedidos em curso…</translation>
    </message>
    <message>
        <source>submitted %1, accepted %2, in flight %3</source>
        <translation>submetidas %1, aceites %2, em curso %3</translation>
    </message>
    <message>
        <source>The dispatcher did not start.</source>
        <translation>O serviço de envio não arrancou.</translation>
    </message>
    <message>
        <source>Dispatching from %1 until idle for at most %2 s.</source>
        <translation>A enviar a partir de %1 até não haver nada a fazer, durante no máximo %2 s.</translation>
    </message>
    <message>
        <source>Dispatching from %1 until idle.</source>
        <translation>A enviar a partir de %1 até não haver nada a fazer.</translation>
    </message>
    <message>
        <source>Dispatching from %1 for at most %2 s.</source>
        <translation>A enviar a partir de %1 durante no máximo %2 s.</translation>
    </message>
    <message>
        <source>Dispatching from %1.</source>
        <translation>A enviar a partir de %1.</translation>
    </message>
    <message>
        <source>Stopped: submitted %1, accepted %2, nothing left to do.</source>
        <translation>Parado: submetidas %1, aceites %2, nada mais a fazer.</translation>
    </message>
    <message>
        <source>Stopped: submitted %1, accepted %2.</source>
        <translation>Parado: submetidas %1, aceites %2.</translation>
    </message>
    <message>
        <source>“%1” is not a message state; use pending, queued, submitting, sent, delivered, undelivered, failed, unknown, rejected or cancelled.</source>
        <translation>«%1» não é um estado de mensagem; use pending, queued, submitting, sent, delivered, undelivered, failed, unknown, rejected ou cancelled.</translation>
    </message>
    <message>
        <source>--limit takes a number above 0.</source>
        <translation>--limit aceita um número superior a 0.</translation>
    </message>
    <message>
        <source>--format is table, csv or json.</source>
        <translation>--format aceita table, csv ou json.</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Não foi possível escrever na saída padrão.</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Nenhuma mensagem corresponde.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>DESTINATÁRIO</translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation>OPERADORA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTOS</translation>
    </message>
    <message>
        <source>PROVIDER SID</source>
        <translation>SID DO FORNECEDOR</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ATUALIZADA</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERRO</translation>
    </message>
    <message>
        <source>Send one message (to one or more numbers) now, through the routing rules.</source>
        <translation>Enviar já uma mensagem (para um ou mais números), através das regras de encaminhamento.</translation>
    </message>
    <message>
        <source>Recipient(s), comma separated.</source>
        <translation>Destinatário(s), separados por vírgulas.</translation>
    </message>
    <message>
        <source>Sender: a number or a name of up to 11 characters.</source>
        <translation>Remetente: um número ou um nome com até 11 carateres.</translation>
    </message>
    <message>
        <source>The text.</source>
        <translation>O texto.</translation>
    </message>
    <message>
        <source>Use this carrier instead of the rules.</source>
        <translation>Usar esta operadora em vez das regras.</translation>
    </message>
    <message>
        <source>Wait up to N seconds for the delivery report.</source>
        <translation>Aguardar até N segundos pelo relatório de entrega.</translation>
    </message>
    <message>
        <source>Send even if the same text went to the same number from the same sender in the last 10 minutes.</source>
        <translation>Enviar mesmo que o mesmo texto tenha sido enviado para o mesmo número, pelo mesmo remetente, nos últimos 10 minutos.</translation>
    </message>
    <message>
        <source>Send queued messages, follow deliveries and settle unknown outcomes.</source>
        <translation>Enviar as mensagens em fila, acompanhar as entregas e reconciliar os resultados desconhecidos.</translation>
    </message>
    <message>
        <source>Only this campaign.</source>
        <translation>Apenas esta campanha.</translation>
    </message>
    <message>
        <source>Stop when nothing is left to send, settle or follow.</source>
        <translation>Parar quando não restar nada para enviar, reconciliar ou acompanhar.</translation>
    </message>
    <message>
        <source>Stop after N seconds.</source>
        <translation>Parar ao fim de N segundos.</translation>
    </message>
    <message>
        <source>Give up waiting for Restcomm&apos;s answer after N seconds (default 30).</source>
        <translation>Desistir de esperar pela resposta do Restcomm ao fim de N segundos (predefinição: 30).</translation>
    </message>
    <message>
        <source>Before resending a message whose outcome is unknown, wait this long after its request timed out for it to show up in Restcomm (default 30).</source>
        <translation>Antes de reenviar uma mensagem com resultado desconhecido, esperar este tempo depois de o pedido ter expirado, para que apareça no Restcomm (predefinição: 30).</translation>
    </message>
    <message>
        <source>Show messages, newest first.</source>
        <translation>Mostrar as mensagens, das mais recentes para as mais antigas.</translation>
    </message>
    <message>
        <source>Only these states (comma separated).</source>
        <translation>Apenas estes estados (separados por vírgulas).</translation>
    </message>
    <message>
        <source>Numbers containing these digits.</source>
        <translation>Números que contêm estes algarismos.</translation>
    </message>
    <message>
        <source>At most N messages (default 100).</source>
        <translation>No máximo N mensagens (predefinição: 100).</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (predefinição), csv ou json.</translation>
    </message>
    <message>
        <source>A dispatcher not heard from for N seconds is taken for dead: another one takes its messages over, looking up those it was sending before any resend (default 30).</source>
        <translation>Um serviço de envio que não dê sinal durante N segundos é considerado parado: outro assume as suas mensagens e verifica as que ele estava a enviar antes de qualquer reenvio (predefinição: 30).</translation>
    </message>
</context>
<context>
    <name>SendService</name>
    <message>
        <source>Enter a sender: a number such as +15550001111, or a name of up to 11 letters and digits.</source>
        <translation>Introduza um remetente: um número como +15550001111, ou um nome com até 11 letras e algarismos.</translation>
    </message>
    <message>
        <source>A sender name may have at most 11 characters (“%1” has %2).</source>
        <translation>Um nome de remetente pode ter no máximo 11 carateres («%1» tem %2).</translation>
    </message>
    <message>
        <source>“%1” is not a usable sender: use a number (3–15 digits, optionally with +) or a name of up to 11 plain letters, digits and spaces.</source>
        <translation>«%1» não é um remetente utilizável: use um número (3–15 algarismos, opcionalmente com +) ou um nome com até 11 letras simples, algarismos e espaços.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>Escreva o texto da mensagem.</translation>
    </message>
    <message>
        <source>The text needs %1 segments; the limit is %2 (Settings → Longest message). Shorten it%3.</source>
        <translation>O texto precisa de %1 segmentos; o limite é %2 (Definições → Tamanho máximo da mensagem). Encurte-o%3.</translation>
    </message>
    <message>
        <source> or replace the characters that force UCS-2</source>
        <translation> ou substitua os carateres que obrigam a UCS-2</translation>
    </message>
    <message>
        <source>Enter at least one recipient number.</source>
        <translation>Introduza pelo menos um número de destinatário.</translation>
    </message>
    <message>
        <source>Carrier “%1” is disabled; enable it or let the rules choose.</source>
        <translation>A operadora «%1» está desativada; ative-a ou deixe que as regras escolham.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 já está na lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) have no country code and no default region is set: which country are they in? Set the default region, or write them with + and the country code.</source>
        <translation>
            <numerusform>%n número não tem indicativo do país e não está definida nenhuma região predefinida: em que país está? Defina a região predefinida ou escreva-o com + e o indicativo do país.</numerusform>
            <numerusform>%n números não têm indicativo do país e não está definida nenhuma região predefinida: em que país estão? Defina a região predefinida ou escreva-os com + e o indicativo do país.</numerusform>
        </translation>
    </message>
    <message>
        <source>The opt-out list could not be read (%1), so nothing was sent. Try again; if it keeps failing, check the store file and its disk.</source>
        <translation>Não foi possível ler a lista de exclusões (%1), por isso nada foi enviado. Tente novamente; se continuar a falhar, verifique o ficheiro da base de dados e o respetivo disco.</translation>
    </message>
    <message>
        <source>%1 is on the opt-out list.</source>
        <translation>%1 está na lista de exclusões.</translation>
    </message>
    <message>
        <source>Earlier sends could not be read (%1), so nothing was sent. Try again in a moment.</source>
        <translation>Não foi possível ler os envios anteriores (%1), por isso nada foi enviado. Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>há menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>há %n minuto</numerusform>
            <numerusform>há %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 sent this text from “%2” to %3 %4.</source>
        <translation>A mensagem %1 enviou este texto de «%2» para %3 %4.</translation>
    </message>
    <message>
        <source>%1 of these numbers got this text from “%2” in the last 10 minutes (messages %3).</source>
        <translation>%1 destes números receberam este texto de «%2» nos últimos 10 minutos (mensagens %3).</translation>
    </message>
    <message>
        <source> Nothing was sent, to avoid a double send.</source>
        <translation> Nada foi enviado, para evitar um envio duplicado.</translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Rejeitada (%1): %2</translation>
    </message>
    <message>
        <source>Queued for %1, chosen by hand (%2)</source>
        <translation>Em fila para %1, escolhida manualmente (%2)</translation>
    </message>
    <message>
        <source>Rejected (unroutable): %1</source>
        <translation>Rejeitada (sem rota): %1</translation>
    </message>
    <message>
        <source>Queued (%1): %2</source>
        <translation>Em fila (%1): %2</translation>
    </message>
    <message>
        <source>sent by hand</source>
        <translation>enviada manualmente</translation>
    </message>
</context>
<context>
    <name>SendingStatus</name>
    <message>
        <source>Messages whose outcome is unknown, and messages not delivered today. Click to see them.</source>
        <translation>Mensagens com resultado desconhecido e mensagens não entregues hoje. Clique para as ver.</translation>
    </message>
    <message>
        <source>sending: off</source>
        <translation>envio: desligado</translation>
    </message>
    <message>
        <source>not sending: another dispatcher holds this store</source>
        <translation>sem envio: outro serviço de envio controla esta base de dados</translation>
    </message>
    <message>
        <source>sending: starting…</source>
        <translation>envio: a iniciar…</translation>
    </message>
    <message>
        <source>sending: paused</source>
        <translation>envio: em pausa</translation>
    </message>
    <message numerus="yes">
        <source>sending: %n carrier(s), %1 msg/s</source>
        <translation>
            <numerusform>envio: %n operadora, %1 msg/s</numerusform>
            <numerusform>envio: %n operadoras, %1 msg/s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unknown, %2 not delivered today</source>
        <translation>%1 desconhecidas, %2 não entregues hoje</translation>
    </message>
    <message>
        <source>Outcome unknown: %1. Not delivered today: %2 failed, %3 undelivered. Click to see them.</source>
        <translation>Resultado desconhecido: %1. Não entregues hoje: %2 com falha, %3 não entregues. Clique para as ver.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 “%2” is not a token storage; use “keychain” or “database”.</source>
        <translation>%1 «%2» não é um local de armazenamento de tokens; use «keychain» ou «database».</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“%1” is not a region code; use two letters such as PT, GB or US.</source>
        <translation>«%1» não é um código de região; use duas letras, como PT, GB ou US.</translation>
    </message>
    <message>
        <source>Allow between 1 and 255 segments per message.</source>
        <translation>Permita entre 1 e 255 segmentos por mensagem.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as EUR or USD.</source>
        <translation>«%1» não é um código de moeda; use três letras, como EUR ou USD.</translation>
    </message>
    <message>
        <source>Allow between 1 and 100 attempts per message.</source>
        <translation>Permita entre 1 e 100 tentativas por mensagem.</translation>
    </message>
    <message>
        <source>List at least one stop word; without one, no reply would opt its sender out.</source>
        <translation>Indique pelo menos uma palavra de exclusão; sem nenhuma, nenhuma resposta excluiria o seu remetente.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>How this store reads numbers, limits messages and keeps tokens; the language you read.</source>
        <translation>Como esta base de dados lê os números, limita as mensagens e guarda os tokens; e o idioma da interface.</translation>
    </message>
    <message>
        <source>Numbers written without a country code are read as numbers of this region.</source>
        <translation>Os números escritos sem indicativo do país são lidos como números desta região.</translation>
    </message>
    <message>
        <source>Numbers written without a country code (such as %1) are read as numbers of this region.</source>
        <translation>Os números escritos sem indicativo do país (como %1) são lidos como números desta região.</translation>
    </message>
    <message>
        <source> segments</source>
        <translation> segmentos</translation>
    </message>
    <message>
        <source> attempts</source>
        <translation> tentativas</translation>
    </message>
    <message>
        <source>System keychain (recommended)</source>
        <translation>Porta-chaves do sistema (recomendado)</translation>
    </message>
    <message>
        <source>Store database (unencrypted)</source>
        <translation>Base de dados (sem encriptação)</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Igual ao sistema (%1)</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Região predefinida:</translation>
    </message>
    <message>
        <source>Longest &amp;message:</source>
        <translation>Tamanho &amp;máximo da mensagem:</translation>
    </message>
    <message>
        <source>&amp;Attempts per message:</source>
        <translation>&amp;Tentativas por mensagem:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>M&amp;oeda:</translation>
    </message>
    <message>
        <source>Keep &amp;tokens in:</source>
        <translation>Guardar os to&amp;kens em:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation>Ficheiro da base de dados:</translation>
    </message>
    <message>
        <source>SMS Router speaks %1 from its next start.</source>
        <translation>O SMS Router usará %1 a partir do próximo arranque.</translation>
    </message>
    <message>
        <source>%1 — not set</source>
        <translation>%1 — não definida</translation>
    </message>
    <message>
        <source>New tokens are written unencrypted into the store file. Anyone who can read that file can send through your carriers. Use this only where no keychain exists (a server without a desktop).</source>
        <translation>Os novos tokens são escritos sem encriptação no ficheiro da base de dados. Qualquer pessoa que consiga ler esse ficheiro pode enviar através das suas operadoras. Use esta opção apenas onde não existir porta-chaves (um servidor sem ambiente de trabalho).</translation>
    </message>
    <message>
        <source>New tokens go to the desktop&apos;s Secret Service (GNOME Keyring, KWallet); the store keeps only a reference.</source>
        <translation>Os novos tokens vão para o Secret Service do ambiente de trabalho (GNOME Keyring, KWallet); a base de dados guarda apenas uma referência.</translation>
    </message>
    <message>
        <source>This choice is set by SMSROUTER_SECRET_STORE for this session.</source>
        <translation>Esta opção é definida por SMSROUTER_SECRET_STORE nesta sessão.</translation>
    </message>
    <message>
        <source>Tokens already saved stay where they are.</source>
        <translation>Os tokens já guardados ficam onde estão.</translation>
    </message>
    <message>
        <source>Separated by commas. A reply whose first word is one of these (in any case, with or without accents) puts its number on the opt-out list.</source>
        <translation>Separadas por vírgulas. Uma resposta cuja primeira palavra seja uma destas (com maiúsculas ou minúsculas, com ou sem acentos) põe o seu número na lista de exclusões.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Repor predefinições</translation>
    </message>
    <message>
        <source>&amp;Stop words:</source>
        <translation>&amp;Palavras de exclusão:</translation>
    </message>
    <message>
        <source>Give at least one word, or every STOP reply would be ignored. Restore defaults brings back STOP, UNSUBSCRIBE and the others.</source>
        <translation>Indique pelo menos uma palavra, ou todas as respostas STOP seriam ignoradas. «Repor predefinições» devolve STOP, UNSUBSCRIBE e as restantes.</translation>
    </message>
    <message>
        <source>“%1” is more than one word: only the first word of a reply is compared. Separate words with commas.</source>
        <translation>«%1» tem mais de uma palavra: só a primeira palavra de uma resposta é comparada. Separe as palavras com vírgulas.</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Base de dados:</translation>
    </message>
    <message>
        <source>This store is on a server, so tokens always stay in each operator&apos;s system keychain: a shared database, its administrators and its backups must never hold them in plain text. The store keeps only a reference; on another computer, enter each carrier&apos;s token once.</source>
        <translation>Esta base de dados está num servidor, por isso os tokens ficam sempre no porta-chaves do sistema de cada operador: uma base de dados partilhada, os seus administradores e as suas cópias de segurança nunca os podem conter em texto simples. A base de dados guarda apenas uma referência; noutro computador, introduza uma vez o token de cada operadora.</translation>
    </message>
</context>
<context>
    <name>StoreChoice</name>
    <message>
        <source>Give a store file, or a PostgreSQL server as postgresql://user@host:5432/dbname.</source>
        <translation>Indique um ficheiro de base de dados ou um servidor PostgreSQL no formato postgresql://user@host:5432/dbname.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a store file in it (smsrouter.sqlite).</source>
        <translation>%1 é uma pasta; indique um ficheiro de base de dados dentro dela (smsrouter.sqlite).</translation>
    </message>
    <message>
        <source>Name a PostgreSQL server as postgresql://user@host:5432/dbname, not a file.</source>
        <translation>Indique um servidor PostgreSQL no formato postgresql://user@host:5432/dbname, não um ficheiro.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a database on a server</comment>
        <translation>%1 em %2</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>Reading the store and preparing the server…</source>
        <translation>A ler a base de dados e a preparar o servidor…</translation>
    </message>
    <message>
        <source>Copying %1… %2 of %3 rows (%4%)</source>
        <translation>A copiar %1… %2 de %3 linhas (%4%)</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>a base de dados</translation>
    </message>
    <message>
        <source>Name the PostgreSQL database to copy into with --to postgresql://user@host:5432/dbname.</source>
        <translation>Indique a base de dados PostgreSQL para onde copiar com --to postgresql://user@host:5432/dbname.</translation>
    </message>
    <message>
        <source>--to takes a PostgreSQL server written as postgresql://user@host:5432/dbname, not a file.</source>
        <translation>--to requer um servidor PostgreSQL escrito como postgresql://user@host:5432/dbname, não um ficheiro.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NÃO</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Base de dados</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiadas</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincide</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) of %1 to %2 in %3 s; the row counts of all %4 tables match.</source>
        <translation>
            <numerusform>%n linha copiada de %1 para %2 em %3 s; o número de linhas de todas as %4 tabelas coincide.</numerusform>
            <numerusform>%n linhas copiadas de %1 para %2 em %3 s; o número de linhas de todas as %4 tabelas coincide.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use it with --db %1 (or SMSROUTER_DB, or File → Open store… in the window). Carriers whose tokens are in this computer&apos;s keychain work here; on other computers enter each token once.</source>
        <translation>Use-a com --db %1 (ou SMSROUTER_DB, ou Ficheiro → Abrir base de dados… na janela). As operadoras cujos tokens estão no porta-chaves deste computador funcionam aqui; noutros computadores, introduza uma vez cada token.</translation>
    </message>
    <message>
        <source>Copy the store (--db, an SQLite file) into an empty PostgreSQL database, in one transaction; the store itself is not changed.</source>
        <translation>Copiar a base de dados (--db, um ficheiro SQLite) para uma base de dados PostgreSQL vazia, numa única transação; a base de dados de origem não é alterada.</translation>
    </message>
    <message>
        <source>The empty PostgreSQL database to copy into; the password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>A base de dados PostgreSQL vazia para onde copiar; a palavra-passe vem de PGPASSWORD ou de ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <source>The store %1 does not exist. Name the store to copy with --db (or SMSROUTER_DB).</source>
        <translation>A base de dados %1 não existe. Indique a base de dados a copiar com --db (ou SMSROUTER_DB).</translation>
    </message>
    <message>
        <source>Could not open the store %1 for reading: %2</source>
        <translation>Não foi possível abrir a base de dados %1 para leitura: %2</translation>
    </message>
    <message>
        <source>Could not start reading the store %1: %2</source>
        <translation>Não foi possível começar a ler a base de dados %1: %2</translation>
    </message>
    <message>
        <source>The table %1 has a column “%2” that SMS Router did not create. Nothing was copied.</source>
        <translation>A tabela %1 tem uma coluna «%2» que não foi criada pelo SMS Router. Nada foi copiado.</translation>
    </message>
    <message>
        <source>The store&apos;s tables refer to each other in a circle (%1); the copy cannot order them. Nothing was copied.</source>
        <translation>As tabelas da base de dados referem-se umas às outras em círculo (%1); a cópia não consegue ordená-las. Nada foi copiado.</translation>
    </message>
    <message>
        <source>The store %1 is already on a PostgreSQL server. store copy moves a store file (SQLite) to a server; to copy one PostgreSQL database to another use pg_dump.</source>
        <translation>A base de dados %1 já está num servidor PostgreSQL. O comando store copy move um ficheiro de base de dados (SQLite) para um servidor; para copiar uma base de dados PostgreSQL para outra, use o pg_dump.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL server. store copy moves the store to a server: give --to postgresql://user@host:5432/dbname.</source>
        <translation>«%1» não é um servidor PostgreSQL. O comando store copy move a base de dados para um servidor: indique --to postgresql://user@host:5432/dbname.</translation>
    </message>
    <message>
        <source>%1 could not be read as an SMS Router store (%2). It was left untouched.</source>
        <translation>Não foi possível ler %1 como base de dados do SMS Router (%2). Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 is not an SMS Router store (it has no schema_version table). It was left untouched.</source>
        <translation>%1 não é uma base de dados do SMS Router (não tem a tabela schema_version). Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer SMS Router (schema %2; this version knows up to %3). Copy it with that version.</source>
        <translation>%1 foi escrita por uma versão mais recente do SMS Router (esquema %2; esta versão conhece até ao %3). Copie-a com essa versão.</translation>
    </message>
    <message>
        <source>The store %1 is at schema %2, not %3. Open it once with this version of SMS Router (for example smsrouter-cli carrier list --db FILE) to upgrade it, then copy it.</source>
        <translation>A base de dados %1 está no esquema %2, não no %3. Abra-a uma vez com esta versão do SMS Router (por exemplo, smsrouter-cli carrier list --db FILE) para a atualizar e depois copie-a.</translation>
    </message>
    <message>
        <source>The store holds a table “%1” that store copy does not know how to copy, so nothing was copied. This is a fault in SMS Router: every table a migration adds must be taught to the copy (StoreCopier). Please report it.</source>
        <translation>A base de dados contém uma tabela «%1» que o comando store copy não sabe copiar, por isso nada foi copiado. Isto é um erro do SMS Router: a cópia (StoreCopier) tem de aprender a copiar todas as tabelas que uma migração adiciona. Por favor, comunique-o.</translation>
    </message>
    <message>
        <source>This store keeps carrier tokens in its own database, unencrypted. A shared PostgreSQL server must never hold them in plain text, so store copy refuses them and nothing was copied. Move them to the system keychain first: choose “System keychain” under Settings → Keep tokens in (or run with --secret-store keychain), enter each carrier&apos;s token again (Carriers → Edit, or smsrouter-cli carrier update NAME --token-stdin), then copy again.</source>
        <translation>Esta base de dados guarda os tokens das operadoras dentro de si própria, sem encriptação. Um servidor PostgreSQL partilhado nunca os pode conter em texto simples, por isso o comando store copy recusa-os e nada foi copiado. Mova-os primeiro para o porta-chaves do sistema: escolha «Porta-chaves do sistema» em Definições → Guardar os tokens em (ou execute com --secret-store keychain), introduza novamente o token de cada operadora (Operadoras → Editar, ou smsrouter-cli carrier update NAME --token-stdin) e depois copie novamente.</translation>
    </message>
    <message>
        <source>%1 (pid %2 on %3) holds this store for sending. Stop it first (quit that window, or stop smsrouter-cli dispatch): what it sends after the copy began would be sent again from the new store. Nothing was copied.</source>
        <translation>%1 (pid %2 em %3) controla esta base de dados para envio. Pare-o primeiro (feche essa janela ou pare o smsrouter-cli dispatch): o que enviar depois do início da cópia seria enviado novamente a partir da nova base de dados. Nada foi copiado.</translation>
    </message>
    <message>
        <source>The target is at schema %1, the store at %2. Nothing was copied.</source>
        <translation>O destino está no esquema %1 e a base de dados no %2. Nada foi copiado.</translation>
    </message>
    <message>
        <source>The target holds a table “%1” that store copy does not know how to copy, so nothing was copied. This is a fault in SMS Router: every table a migration adds must be taught to the copy (StoreCopier). Please report it.</source>
        <translation>O destino contém uma tabela «%1» que o comando store copy não sabe copiar, por isso nada foi copiado. Isto é um erro do SMS Router: a cópia (StoreCopier) tem de aprender a copiar todas as tabelas que uma migração adiciona. Por favor, comunique-o.</translation>
    </message>
    <message>
        <source>The target has no table %1 although it is at the store&apos;s schema. Nothing was copied.</source>
        <translation>O destino não tem a tabela %1, embora esteja no esquema da base de dados. Nada foi copiado.</translation>
    </message>
    <message>
        <source>The table %1 has other columns on the target than in the store. Nothing was copied.</source>
        <translation>A tabela %1 tem colunas diferentes no destino e na base de dados. Nada foi copiado.</translation>
    </message>
    <message>
        <source>The target has a table %1 the store does not have. Nothing was copied.</source>
        <translation>O destino tem uma tabela %1 que a base de dados não tem. Nada foi copiado.</translation>
    </message>
    <message>
        <source>Could not lock the target&apos;s tables: %1</source>
        <translation>Não foi possível bloquear as tabelas do destino: %1</translation>
    </message>
    <message>
        <source>The database %1 already holds an SMS Router store (%2). store copy only fills an empty database, so nothing was changed. Create a new database (createdb NAME) and copy into it.</source>
        <translation>A base de dados %1 já contém uma base de dados do SMS Router (%2). O comando store copy só preenche uma base de dados vazia, por isso nada foi alterado. Crie uma nova base de dados (createdb NAME) e copie para ela.</translation>
    </message>
    <message>
        <source>The copy was cancelled. The target was left empty.</source>
        <translation>A cópia foi cancelada. O destino ficou vazio.</translation>
    </message>
    <message>
        <source>Could not read the table %1 of the store: %2</source>
        <translation>Não foi possível ler a tabela %1 da base de dados: %2</translation>
    </message>
    <message>
        <source>Could not prepare the copy of %1: %2</source>
        <translation>Não foi possível preparar a cópia de %1: %2</translation>
    </message>
    <message>
        <source>The target refused a row of %1: %2</source>
        <translation>O destino recusou uma linha de %1: %2</translation>
    </message>
    <message>
        <source>Could not switch the triggers of %1 back on: %2</source>
        <translation>Não foi possível voltar a ativar os gatilhos de %1: %2</translation>
    </message>
    <message>
        <source>After the copy the row counts differ (%1, target minus store). Nothing was kept on the target.</source>
        <translation>Depois da cópia, o número de linhas é diferente (%1, destino menos base de dados). Nada foi mantido no destino.</translation>
    </message>
</context>
<context>
    <name>StoreCopyReportModel</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>In this store</source>
        <translation>Nesta base de dados</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>No servidor</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincide</translation>
    </message>
</context>
<context>
    <name>StoreExportJob</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you may write to.</source>
        <translation>Não foi possível escrever %1: %2. Escolha uma pasta onde tenha permissão de escrita.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
    <message>
        <source>Could not finish writing %1: %2. Check the free disk space and export again.</source>
        <translation>Não foi possível concluir a escrita de %1: %2. Verifique o espaço livre em disco e exporte novamente.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>“%1” is not a store SMS Router can use: a store is a file (SQLite) or a PostgreSQL server written as %2.</source>
        <translation>«%1» não é uma base de dados que o SMS Router possa usar: uma base de dados é um ficheiro (SQLite) ou um servidor PostgreSQL escrito como %2.</translation>
    </message>
    <message>
        <source>The store address is not a valid URL (%1); write it as %2.</source>
        <translation>O endereço da base de dados não é um URL válido (%1); escreva-o como %2.</translation>
    </message>
    <message>
        <source>The store address holds a password. Remove it from the address and put it in PGPASSWORD or ~/.pgpass instead (a command line is visible to every user of the machine).</source>
        <translation>O endereço da base de dados contém uma palavra-passe. Remova-a do endereço e coloque-a em PGPASSWORD ou em ~/.pgpass (uma linha de comandos é visível para todos os utilizadores da máquina).</translation>
    </message>
    <message>
        <source>The store address names no database; write it as %1.</source>
        <translation>O endereço da base de dados não indica nenhuma base de dados; escreva-o como %1.</translation>
    </message>
    <message>
        <source>The store address has an option “%1” that SMS Router does not know; use sslmode, sslrootcert, sslcert, sslkey or connect_timeout.</source>
        <translation>O endereço da base de dados tem uma opção «%1» que o SMS Router não conhece; use sslmode, sslrootcert, sslcert, sslkey ou connect_timeout.</translation>
    </message>
</context>
<context>
    <name>SubAccountDialog</name>
    <message>
        <source>New Restcomm sub-account</source>
        <translation>Nova subconta Restcomm</translation>
    </message>
    <message>
        <source>the sub-account&apos;s login, e.g. pt-traffic@example.com</source>
        <translation>o início de sessão da subconta, p. ex. pt-traffic@example.com</translation>
    </message>
    <message>
        <source>8 characters or more: letters, digits and symbols</source>
        <translation>8 ou mais carateres: letras, algarismos e símbolos</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> msg/s</translation>
    </message>
    <message>
        <source>Restcomm creates the account under the parent&apos;s account, which must be allowed to create sub-accounts (the Administrator role). The new carrier sends with the sub-account&apos;s own credentials.</source>
        <translation>O Restcomm cria a conta sob a conta da operadora principal, que tem de ter permissão para criar subcontas (a função Administrator). A nova operadora envia com as credenciais da própria subconta.</translation>
    </message>
    <message>
        <source>&amp;Parent carrier:</source>
        <translation>Operadora &amp;principal:</translation>
    </message>
    <message>
        <source>New carrier &amp;name:</source>
        <translation>&amp;Nome da nova operadora:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pala&amp;vra-passe:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir palavra-passe:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>Rit&amp;mo:</translation>
    </message>
    <message>
        <source>Max in &amp;flight:</source>
        <translation>Máximo em &amp;curso:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Add the parent carrier first.</source>
        <translation>Adicione primeiro a operadora principal.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas palavras-passe são diferentes.</translation>
    </message>
    <message>
        <source>Asking Restcomm…</source>
        <translation>A contactar o Restcomm…</translation>
    </message>
</context>
<context>
    <name>SubmissionPolicy</name>
    <message>
        <source>attempt %1 via %2</source>
        <translation>tentativa %1 através de %2</translation>
    </message>
    <message>
        <source>Restcomm accepted it as %1 (status %2), %3</source>
        <translation>O Restcomm aceitou-a como %1 (estado %2), %3</translation>
    </message>
    <message>
        <source>%1 Next try in %2 s (%3).</source>
        <translation>%1 Nova tentativa dentro de %2 s (%3).</translation>
    </message>
    <message>
        <source>%1 No other carrier can take it.</source>
        <translation>%1 Nenhuma outra operadora a pode aceitar.</translation>
    </message>
    <message>
        <source>%1 Moved from %2 to %3.</source>
        <translation>%1 Movida de %2 para %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Abandonada após %n tentativa.</numerusform>
            <numerusform>%1 Abandonada após %n tentativas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrafficChart</name>
    <message>
        <source>Copy data</source>
        <translation>Copiar dados</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>No messages yet. Once messages are sent, this chart shows how many reach each state per minute.</source>
        <translation>Ainda não há mensagens. Quando forem enviadas mensagens, este gráfico mostra quantas chegam a cada estado por minuto.</translation>
    </message>
    <message>
        <source>No message reached a state in the last hour.</source>
        <translation>Nenhuma mensagem chegou a um estado na última hora.</translation>
    </message>
    <message>
        <source>No message reached a state in the last 24 hours.</source>
        <translation>Nenhuma mensagem chegou a um estado nas últimas 24 horas.</translation>
    </message>
    <message>
        <source>No message reached a state in the last 7 days.</source>
        <translation>Nenhuma mensagem chegou a um estado nos últimos 7 dias.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar o gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Gráfico guardado em %1.</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1. Choose a folder you can write to.</source>
        <translation>Não foi possível guardar o gráfico em %1. Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>Guardar os dados do gráfico como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Chart data saved to %1.</source>
        <translation>Dados do gráfico guardados em %1.</translation>
    </message>
    <message>
        <source>The chart data could not be saved to %1: %2</source>
        <translation>Não foi possível guardar os dados do gráfico em %1: %2</translation>
    </message>
</context>
<context>
    <name>displaytext</name>
    <message>
        <source>%1 s ago</source>
        <translation>há %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>há %1 h</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>daqui a %1 min</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>hoje às %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>amanhã às %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Número de telefone inválido</translation>
    </message>
    <message>
        <source>Duplicate (the number is earlier in the file)</source>
        <translation>Duplicado (o número aparece antes no ficheiro)</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>No route (no rule matches the number)</source>
        <translation>Sem rota (nenhuma regra corresponde ao número)</translation>
    </message>
    <message>
        <source>Empty message</source>
        <translation>Mensagem vazia</translation>
    </message>
    <message>
        <source>Too long (more than %1 segments)</source>
        <translation>Demasiado longa (mais de %1 segmentos)</translation>
    </message>
    <message>
        <source>CSV problem: %1</source>
        <translation>Problema no CSV: %1</translation>
    </message>
</context>
<context>
    <name>smsrouter</name>
    <message>
        <source>SMS Router: multitenant SMS termination through Restcomm.</source>
        <translation>SMS Router: terminação de SMS multi-inquilino através do Restcomm.</translation>
    </message>
    <message>
        <source>Store file (else $SMSROUTER_DB, else the default store).</source>
        <translation>Ficheiro da base de dados (senão $SMSROUTER_DB, senão a base de dados predefinida).</translation>
    </message>
    <message>
        <source>Keep new tokens in: keychain or database (else $SMSROUTER_SECRET_STORE).</source>
        <translation>Onde guardar os novos tokens: keychain ou database (senão $SMSROUTER_SECRET_STORE).</translation>
    </message>
    <message>
        <source>Page to open first (carriers, settings, …).</source>
        <translation>Página a abrir primeiro (carriers, settings, …).</translation>
    </message>
    <message>
        <source>Open the first page on TEXT (the Rules page tests this number).</source>
        <translation>Abrir a primeira página com TEXT (a página Regras testa este número).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it is shown, then quit (for docs).</source>
        <translation>Guardar uma imagem da janela em FILE assim que for mostrada e depois sair (para a documentação).</translation>
    </message>
    <message>
        <source>Try SMS Router without a Restcomm account: a separate demo store with three carriers on a Restcomm simulator started on this computer.</source>
        <translation>Experimentar o SMS Router sem conta Restcomm: uma base de dados de demonstração separada, com três operadoras num simulador Restcomm iniciado neste computador.</translation>
    </message>
    <message>
        <source>Seconds to wait before --screenshot (default 0.6), e.g. to catch sending.</source>
        <translation>Segundos a aguardar antes de --screenshot (predefinição: 0.6), p. ex. para captar um envio.</translation>
    </message>
    <message>
        <source>The demo could not be set up.

%1</source>
        <translation>Não foi possível preparar a demonstração.

%1</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>Não foi possível abrir a base de dados.

%1</translation>
    </message>
    <message>
        <source>Demo: a separate store with three carriers (Portugal, United Kingdom, Germany) on a Restcomm simulator at %1. Nothing leaves this computer. Send a message from Compose to a Portuguese, British or German number and watch it being delivered.</source>
        <translation>Demonstração: uma base de dados separada com três operadoras (Portugal, Reino Unido, Alemanha) num simulador Restcomm em %1. Nada sai deste computador. Envie uma mensagem a partir de Escrever para um número português, britânico ou alemão e veja-a a ser entregue.</translation>
    </message>
    <message>
        <source>Password for %1 (the store %2):</source>
        <translation>Palavra-passe para %1 (base de dados %2):</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1

SMS Router opens %2 again.</source>
        <translation>Não foi possível abrir a base de dados.

%1

O SMS Router volta a abrir %2.</translation>
    </message>
</context>
</TS>
