// Reception on Azure: one resource group with the Function App (Flex Consumption), its storage,
// identity, secrets and monitoring. `azd up` deploys it; every name comes from a resource token.
targetScope = 'subscription'

@minLength(1)
@maxLength(48)
@description('The azd environment name; it names the resource group and seeds the resource token.')
param environmentName string

@minLength(1)
@description('The Azure region of every resource.')
param location string

@description('Your own principal id (azd sets it): granted access to the Key Vault secrets so you can rotate them.')
param principalId string = ''

@secure()
@description('The e-gov portal\'s shared secret for the webhook signature (HMAC-SHA256).')
param egovWebhookSecret string

@secure()
@description('API key per role: egov, callcenter, office, department, head, official, reports, operator.')
param apiKeys object

@secure()
@description('The key of the IIN hash in the applicant index (R3); set once per deployment.')
param applicantKeySecret string

@description('Client id of the Entra ID app registration whose app roles are our roles (docs/deploy.md); empty: no staff sign-in, keys only.')
param entraClientId string = ''

@secure()
@description('A client secret of that app registration (App Service Authentication signs people in with it).')
param entraClientSecret string = ''

@description('Who is e-mailed when an alert fires (deadline missed, poisoned messages, storage unreachable); empty: the portal only.')
param alertEmail string = ''

@description('The durable task hub name.')
param taskHubName string = 'ReceptionHub'

var tags = { 'azd-env-name': environmentName }
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
// Keys only for machines: outside Development a staff role's key is refused (people sign in through Entra ID).
var roles = ['egov', 'callcenter', 'operator']

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-reception-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-reception-${resourceToken}'
    applicationInsightsName: 'appi-reception-${resourceToken}'
    location: location
    tags: tags
    metricsPublisherPrincipalId: identity.outputs.principalId
  }
}

module alerts 'app/alerts.bicep' = {
  name: 'alerts'
  scope: rg
  params: {
    location: location
    tags: tags
    applicationInsightsId: monitoring.outputs.id
    actionGroupName: 'ag-reception-${resourceToken}'
    alertEmail: alertEmail
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'streception${resourceToken}'
    location: location
    tags: tags
    dataContributorPrincipalId: identity.outputs.principalId
    deploymentContainerName: 'app-package-${resourceToken}'
  }
}

module vault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: 'kv-rcp-${resourceToken}'
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    administratorPrincipalId: principalId
    secrets: union(
      { 'egov-webhook-secret': egovWebhookSecret, 'applicant-key-secret': applicantKeySecret },
      empty(entraClientSecret) ? {} : { 'entra-client-secret': entraClientSecret },
      toObject(roles, role => 'api-key-${role}', role => apiKeys[role])
    )
  }
}

module api 'app/function.bicep' = {
  name: 'function'
  scope: rg
  params: {
    name: 'func-reception-${resourceToken}'
    planName: 'plan-reception-${resourceToken}'
    location: location
    tags: union(tags, { 'azd-service-name': 'api' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: '${storage.outputs.blobEndpoint}${storage.outputs.deploymentContainerName}'
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultUri: vault.outputs.uri
    apiKeyRoles: roles
    taskHubName: taskHubName
    entraClientId: entraClientId
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
