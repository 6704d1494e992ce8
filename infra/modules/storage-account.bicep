// A storage account reached only with Entra ID (shared keys off), over TLS 1.2+, never public, with blob soft delete,
// versioning and container soft delete. The given identity gets data roles on exactly the containers, tables and queues named
// here; service-wide queue/table access is only for the host account, whose queue and table names the runtime derives at run
// time.
param name string
param location string
param tags object
param principalId string
param containerNames array
param tableNames array = []
param queueNames array = []
param serviceWideQueueAccess bool = false
param serviceWideTableAccess bool = false
@minValue(1)
@maxValue(365)
param softDeleteDays int = 14

var blobDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
var tableDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
var queueDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '974c5e8b-45b9-4653-ba55-5f855dd0fb88')

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for container in containerNames: {
    parent: blobService
    name: container
    properties: {
      publicAccess: 'None'
    }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for table in tableNames: {
    parent: tableService
    name: table
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queue in queueNames: {
    parent: queueService
    name: queue
  }
]

resource containerAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (container, i) in containerNames: {
    name: guid(containers[i].id, principalId, blobDataContributor)
    scope: containers[i]
    properties: {
      roleDefinitionId: blobDataContributor
      principalId: principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (table, i) in tableNames: {
    name: guid(tables[i].id, principalId, tableDataContributor)
    scope: tables[i]
    properties: {
      roleDefinitionId: tableDataContributor
      principalId: principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource queueAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (queue, i) in queueNames: {
    name: guid(queues[i].id, principalId, queueDataContributor)
    scope: queues[i]
    properties: {
      roleDefinitionId: queueDataContributor
      principalId: principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource queueServiceAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (serviceWideQueueAccess) {
  name: guid(queueService.id, principalId, queueDataContributor)
  scope: queueService
  properties: {
    roleDefinitionId: queueDataContributor
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource tableServiceAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (serviceWideTableAccess) {
  name: guid(tableService.id, principalId, tableDataContributor)
  scope: tableService
  properties: {
    roleDefinitionId: tableDataContributor
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

output id string = account.id
output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
