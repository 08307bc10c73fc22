// The alerts an operator acts on (docs/runbook.md): a deadline of the regulation missed, a
// message or a workflow start poisoned, storage unreachable. They query what the app sends to
// Application Insights through OpenTelemetry (customMetrics, requests).
param location string
param tags object

@description('The Application Insights component the app sends its telemetry to.')
param applicationInsightsId string

param actionGroupName string

@description('Who is e-mailed when an alert fires; empty: the alerts show in the portal only.')
param alertEmail string = ''

resource operators 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'reception'
    enabled: true
    emailReceivers: empty(alertEmail) ? [] : [
      { name: 'operator', emailAddress: alertEmail, useCommonAlertSchema: true }
    ]
  }
}

var alerts = [
  {
    name: 'deadline-missed'
    description: 'A deadline of the regulation passed without the awaited action (a deadlineMissed step, or R4/R8 kept late). Open the appeal from its trace; the Department\'s head was e-mailed too.'
    severity: 2
    window: 'PT1H'
    frequency: 'PT15M'
    aggregation: 'Total'
    column: 'missed'
    query: 'customMetrics | where name == "reception.deadlines" and tostring(customDimensions["reception.outcome"]) == "missed" | summarize missed = sum(valueSum)'
  }
  {
    name: 'poisoned-messages'
    description: 'A message (outbox) or a workflow start request sits in its poison queue: somebody was not told, or an appeal has no workflow. docs/runbook.md: move them back once the cause is fixed.'
    severity: 1
    window: 'PT15M'
    frequency: 'PT5M'
    aggregation: 'Maximum'
    column: 'poisoned'
    query: 'customMetrics | where name in ("reception.outbox.depth", "reception.starts.depth") and tostring(customDimensions["queue"]) == "poison" | summarize poisoned = max(valueMax)'
  }
  {
    name: 'storage-unreachable'
    description: 'Requests answered 503: storage did not answer in time (docs/api.md "When storage is unreachable"). Check the storage account\'s health and the identity\'s data roles.'
    severity: 1
    window: 'PT5M'
    frequency: 'PT5M'
    aggregation: 'Total'
    column: 'unavailable'
    query: 'requests | where resultCode == "503" | summarize unavailable = count()'
  }
]

resource rules 'Microsoft.Insights/scheduledQueryRules@2022-06-15' = [for alert in alerts: {
  name: 'reception-${alert.name}'
  location: location
  tags: tags
  properties: {
    displayName: 'Reception: ${alert.name}'
    description: alert.description
    severity: alert.severity
    enabled: true
    scopes: [ applicationInsightsId ]
    evaluationFrequency: alert.frequency
    windowSize: alert.window
    criteria: {
      allOf: [
        {
          query: alert.query
          timeAggregation: alert.aggregation
          metricMeasureColumn: alert.column
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    actions: { actionGroups: [ operators.id ] }
  }
}]
