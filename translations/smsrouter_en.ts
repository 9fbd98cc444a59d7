<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BodyCounter</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started campaign %1 “%2”: %n message(s) queued. They are sent by a running dispatcher (the GUI, or smsrouter-cli dispatch).</source>
        <translation>
            <numerusform>Started campaign %1 “%2”: %n message queued. They are sent by a running dispatcher (the GUI, or smsrouter-cli dispatch).</numerusform>
            <numerusform>Started campaign %1 “%2”: %n messages queued. They are sent by a running dispatcher (the GUI, or smsrouter-cli dispatch).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused campaign %1: %n message(s) wait; %2 already being submitted finish.</source>
        <translation>
            <numerusform>Paused campaign %1: %n message waits; %2 already being submitted finish.</numerusform>
            <numerusform>Paused campaign %1: %n messages wait; %2 already being submitted finish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed campaign %1: %n message(s) queued.</source>
        <translation>
            <numerusform>Resumed campaign %1: %n message queued.</numerusform>
            <numerusform>Resumed campaign %1: %n messages queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDetailPane</name>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message numerus="yes">
        <source>Still importing: %Ln row(s) accepted so far.</source>
        <translation>
            <numerusform>Still importing: %Ln row accepted so far.</numerusform>
            <numerusform>Still importing: %Ln rows accepted so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln message(s) sent or settled</source>
        <translation>
            <numerusform>%1 of %Ln message sent or settled</numerusform>
            <numerusform>%1 of %Ln messages sent or settled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message numerus="yes">
        <source>Cancel campaign “%1”? %Ln waiting message(s) will not be sent.</source>
        <translation>
            <numerusform>Cancel campaign “%1”? %Ln waiting message will not be sent.</numerusform>
            <numerusform>Cancel campaign “%1”? %Ln waiting messages will not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln carrier(s)</source>
        <translation>
            <numerusform>%Ln carrier</numerusform>
            <numerusform>%Ln carriers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rejected row(s) of “%1” to %2.</source>
        <translation>
            <numerusform>Saved %Ln rejected row of “%1” to %2.</numerusform>
            <numerusform>Saved %Ln rejected rows of “%1” to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelSummary</name>
    <message numerus="yes">
        <source>Cancelled campaign %1: %n message(s) will not be sent.</source>
        <translation>
            <numerusform>Cancelled campaign %1: %n message will not be sent.</numerusform>
            <numerusform>Cancelled campaign %1: %n messages will not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being submitted</source>
        <translation>
            <numerusform>%n being submitted</numerusform>
            <numerusform>%n being submitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting reconciliation</source>
        <translation>
            <numerusform>%n awaiting reconciliation</numerusform>
            <numerusform>%n awaiting reconciliation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n were already sent; their delivery is still followed.</source>
        <translation>
            <numerusform> %n was already sent; its delivery is still followed.</numerusform>
            <numerusform> %n were already sent; their delivery is still followed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarrierCommands</name>
    <message numerus="yes">
        <source>%1 (%n in a row)</source>
        <translation>
            <numerusform>%1 (%n in a row)</numerusform>
            <numerusform>%1 (%n in a row)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarrierHealth</name>
    <message numerus="yes">
        <source>%n request(s) in a row failed</source>
        <translation>
            <numerusform>%n request in a row failed</numerusform>
            <numerusform>%n requests in a row failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarrierHealthPanel</name>
    <message numerus="yes">
        <source>%n request(s) in flight.</source>
        <translation>
            <numerusform>%n request in flight.</numerusform>
            <numerusform>%n requests in flight.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarrierService</name>
    <message numerus="yes">
        <source>Carrier “%1” is still used by %n rule(s): %2. Remove those rules or give them another carrier first.</source>
        <translation>
            <numerusform>Carrier “%1” is still used by %n rule: %2. Remove those rules or give them another carrier first.</numerusform>
            <numerusform>Carrier “%1” is still used by %n rules: %2. Remove those rules or give them another carrier first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carrier “%1” still has %n message(s) to send or follow (waiting, being sent, unknown, or sent without a final status, including as a fallback). Disable it instead, and delete it once they are final.</source>
        <translation>
            <numerusform>Carrier “%1” still has %n message to send or follow (waiting, being sent, unknown, or sent without a final status, including as a fallback). Disable it instead, and delete it once they are final.</numerusform>
            <numerusform>Carrier “%1” still has %n messages to send or follow (waiting, being sent, unknown, or sent without a final status, including as a fallback). Disable it instead, and delete it once they are final.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarrierValidator</name>
    <message numerus="yes">
        <source>An Account SID is “AC” followed by 32 hexadecimal digits (0–9, a–f); this one has %n character(s) after “AC”.</source>
        <translation>
            <numerusform>An Account SID is “AC” followed by 32 hexadecimal digits (0–9, a–f); this one has %n character after “AC”.</numerusform>
            <numerusform>An Account SID is “AC” followed by 32 hexadecimal digits (0–9, a–f); this one has %n characters after “AC”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message numerus="yes">
        <source>smsrouter-cli: another program is writing to the store; waiting up to %n second(s) for it…</source>
        <translation>
            <numerusform>smsrouter-cli: another program is writing to the store; waiting up to %n second for it…</numerusform>
            <numerusform>smsrouter-cli: another program is writing to the store; waiting up to %n seconds for it…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %Ln messages; follow them below.</source>
        <translation>
            <numerusform>Queued %Ln message; follow it below.</numerusform>
            <numerusform>Queued %Ln messages; follow them below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) could not be sent to: see the list.</source>
        <translation>
            <numerusform>%Ln recipient could not be sent to: see the list.</numerusform>
            <numerusform>%Ln recipients could not be sent to: see the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCarrierModel</name>
    <message numerus="yes">
        <source>Of %Ln message(s) with a final outcome today</source>
        <translation>
            <numerusform>Of %Ln message with a final outcome today</numerusform>
            <numerusform>Of %Ln messages with a final outcome today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln message(s) with a final outcome in the last 7 days</source>
        <translation>
            <numerusform>Of %Ln message with a final outcome in the last 7 days</numerusform>
            <numerusform>Of %Ln messages with a final outcome in the last 7 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%Ln message(s) with an unknown outcome: look before sending again</source>
        <translation>
            <numerusform>%Ln message with an unknown outcome: look before sending again</numerusform>
            <numerusform>%Ln messages with an unknown outcome: look before sending again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) not delivered today</source>
        <translation>
            <numerusform>%Ln message not delivered today</numerusform>
            <numerusform>%Ln messages not delivered today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>The store is busy: another program has been writing to it for more than %n second(s). Nothing was changed; try again once it has finished.</source>
        <translation>
            <numerusform>The store is busy: another program has been writing to it for more than %n second. Nothing was changed; try again once it has finished.</numerusform>
            <numerusform>The store is busy: another program has been writing to it for more than %n seconds. Nothing was changed; try again once it has finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryLogPage</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExportActions</name>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>Exported %n rule to %1.</numerusform>
            <numerusform>Exported %n rules to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMessagePage</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message numerus="yes">
        <source>Imported %Ln row(s).</source>
        <translation>
            <numerusform>Imported %Ln row.</numerusform>
            <numerusform>Imported %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n carrier(s) added</source>
        <translation>
            <numerusform>%n carrier added</numerusform>
            <numerusform>%n carriers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added</source>
        <translation>
            <numerusform>%n rule added</numerusform>
            <numerusform>%n rules added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %1 has %n problem(s). Fix them in the file and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: %1 has %n problem. Fix them in the file and import it again.</numerusform>
            <numerusform>Nothing was imported: %1 has %n problems. Fix them in the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rejected row(s) to %1</source>
        <translation>
            <numerusform>Saved %Ln rejected row to %1</numerusform>
            <numerusform>Saved %Ln rejected rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxCommands</name>
    <message numerus="yes">
        <source>%1: %n new reply(s)</source>
        <translation>
            <numerusform>%1: %n new reply</numerusform>
            <numerusform>%1: %n new replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a stop word</source>
        <translation>
            <numerusform>, %n with a stop word</numerusform>
            <numerusform>, %n with a stop word</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s) in all</source>
        <translation>
            <numerusform>%n new reply in all</numerusform>
            <numerusform>%n new replies in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) opted out by a stop word</source>
        <translation>
            <numerusform>%n number opted out by a stop word</numerusform>
            <numerusform>%n numbers opted out by a stop word</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) back in by START</source>
        <translation>
            <numerusform>%n number back in by START</numerusform>
            <numerusform>%n numbers back in by START</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation(s) queued</source>
        <translation>
            <numerusform>%n confirmation queued</numerusform>
            <numerusform>%n confirmations queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message numerus="yes">
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln reply(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln reply to %1.</numerusform>
            <numerusform>Exported %Ln replies to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s).</source>
        <translation>
            <numerusform>%n new reply.</numerusform>
            <numerusform>%n new replies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s), %1 of them asking to stop.</source>
        <translation>
            <numerusform>%n new reply, %1 of them asking to stop.</numerusform>
            <numerusform>%n new replies, %1 of them asking to stop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Finishing %n request(s)…</source>
        <translation>
            <numerusform>Finishing %n request…</numerusform>
            <numerusform>Finishing %n requests…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns are running.</source>
        <translation>
            <numerusform>%n campaign is running.</numerusform>
            <numerusform>%n campaigns are running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>%Ln message is still waiting to be sent.</numerusform>
            <numerusform>%Ln messages are still waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDetailPane</name>
    <message numerus="yes">
        <source>%1 · %n segment(s)</source>
        <translation>
            <numerusform>%1 · %n segment</numerusform>
            <numerusform>%1 · %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message numerus="yes">
        <source>Estimated: %n segment(s) at the rule&apos;s price</source>
        <translation>
            <numerusform>Estimated: %n segment at the rule&apos;s price</numerusform>
            <numerusform>Estimated: %n segments at the rule&apos;s price</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveStoreDialog</name>
    <message numerus="yes">
        <source>Copied %Ln row(s) to %1 in %2 s. The row counts of every table match.</source>
        <translation>
            <numerusform>Copied %Ln row to %1 in %2 s. The row counts of every table match.</numerusform>
            <numerusform>Copied %Ln rows to %1 in %2 s. The row counts of every table match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutCommands</name>
    <message numerus="yes">
        <source>Opted out %n number(s) from %1 (column “%2”); %3 already were.</source>
        <translation>
            <numerusform>Opted out %n number from %1 (column “%2”); %3 already were.</numerusform>
            <numerusform>Opted out %n numbers from %1 (column “%2”); %3 already were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>%n line skipped.</numerusform>
            <numerusform>%n lines skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutService</name>
    <message numerus="yes">
        <source>%n number(s) of the file are longer than E.164 allows; nothing was imported.</source>
        <translation>
            <numerusform>%n number of the file are longer than E.164 allows; nothing was imported.</numerusform>
            <numerusform>%n numbers of the file are longer than E.164 allows; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message numerus="yes">
        <source>%Ln number(s) opted out</source>
        <translation>
            <numerusform>%Ln number opted out</numerusform>
            <numerusform>%Ln numbers opted out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n…</source>
        <translation>
            <numerusform>Remove %n…</numerusform>
            <numerusform>Remove %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln row(s) from %1: %2 added, %3 already opted out</source>
        <translation>
            <numerusform>Read %Ln row from %1: %2 added, %3 already opted out</numerusform>
            <numerusform>Read %Ln rows from %1: %2 added, %3 already opted out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln line(s) could not be read as a number</source>
        <translation>
            <numerusform>; %Ln line could not be read as a number</numerusform>
            <numerusform>; %Ln lines could not be read as a number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln numbers from the opt-outs? They can receive messages again.</source>
        <translation>
            <numerusform>Remove %Ln number from the opt-outs? It can receive messages again.</numerusform>
            <numerusform>Remove %Ln numbers from the opt-outs? They can receive messages again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln number(s) from the opt-outs.</source>
        <translation>
            <numerusform>Removed %Ln number from the opt-outs.</numerusform>
            <numerusform>Removed %Ln numbers from the opt-outs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneColumn</name>
    <message numerus="yes">
        <source>--phone-column %1: the file has %n column(s); give a number from 1 to %n or a column name (%2).</source>
        <translation>
            <numerusform>--phone-column %1: the file has %n column; give a number from 1 to %n or a column name (%2).</numerusform>
            <numerusform>--phone-column %1: the file has %n columns; give a number from 1 to %n or a column name (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateCardImporter</name>
    <message numerus="yes">
        <source>%n field(s), but the header has %1; check for a missing or extra delimiter.</source>
        <translation>
            <numerusform>%n field, but the header has %1; check for a missing or extra delimiter.</numerusform>
            <numerusform>%n fields, but the header has %1; check for a missing or extra delimiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added, %1 updated, %2 unchanged.</source>
        <translation>
            <numerusform>%n rule added, %1 updated, %2 unchanged.</numerusform>
            <numerusform>%n rules added, %1 updated, %2 unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message numerus="yes">
        <source>Restcomm lists more than %n message(s) to %1 since %2, too many to tell whether this one arrived. Check the carrier&apos;s Restcomm log, then Requeue… or Mark as sent… in the Delivery log.</source>
        <translation>
            <numerusform>Restcomm lists more than %n message to %1 since %2, too many to tell whether this one arrived. Check the carrier&apos;s Restcomm log, then Requeue… or Mark as sent… in the Delivery log.</numerusform>
            <numerusform>Restcomm lists more than %n messages to %1 since %2, too many to tell whether this one arrived. Check the carrier&apos;s Restcomm log, then Requeue… or Mark as sent… in the Delivery log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer could be had for any of its %n attempt(s), and Restcomm has no record of it: not sent, and not tried again.</source>
        <translation>
            <numerusform>No answer could be had for any of its %n attempt, and Restcomm has no record of it: not sent, and not tried again.</numerusform>
            <numerusform>No answer could be had for any of its %n attempts, and Restcomm has no record of it: not sent, and not tried again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutingCommands</name>
    <message numerus="yes">
        <source>nothing was imported (%n problem(s)).</source>
        <translation>
            <numerusform>nothing was imported (%n problem).</numerusform>
            <numerusform>nothing was imported (%n problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carrier(s)</source>
        <translation>
            <numerusform>%n carrier</numerusform>
            <numerusform>%n carriers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country rule(s)</source>
        <translation>
            <numerusform>%n country rule</numerusform>
            <numerusform>%n country rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>Exported %n rule to %1.</numerusform>
            <numerusform>Exported %n rules to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendService</name>
    <message numerus="yes">
        <source>%n number(s) have no country code and no default region is set: which country are they in? Set the default region, or write them with + and the country code.</source>
        <translation>
            <numerusform>%n number has no country code and no default region is set: which country is it in? Set the default region, or write it with + and the country code.</numerusform>
            <numerusform>%n numbers have no country code and no default region is set: which country are they in? Set the default region, or write them with + and the country code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingStatus</name>
    <message numerus="yes">
        <source>sending: %n carrier(s), %1 msg/s</source>
        <translation>
            <numerusform>sending: %n carrier, %1 msg/s</numerusform>
            <numerusform>sending: %n carriers, %1 msg/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message numerus="yes">
        <source>Copied %n row(s) of %1 to %2 in %3 s; the row counts of all %4 tables match.</source>
        <translation>
            <numerusform>Copied %n row of %1 to %2 in %3 s; the row counts of all %4 tables match.</numerusform>
            <numerusform>Copied %n rows of %1 to %2 in %3 s; the row counts of all %4 tables match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionPolicy</name>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Gave up after %n attempt.</numerusform>
            <numerusform>%1 Gave up after %n attempts.</numerusform>
        </translation>
    </message>
</context>
</TS>
