// ProfitPipeline, phase 2: Event Grid pushes BlobCreated for each blob-triggered function's container to that function.
// Run after the code is deployed: the webhook needs the host's blobs_extension system key, which exists only once the host
// has started with the blob extension.
targetScope = 'resourceGroup'

param functionAppName string
param dataStorageAccountName string
param location string = resourceGroup().location

@description('Each blob-triggered function: its name (PipelineCatalog.Names) and the container of its PipelineCatalog.BlobPaths path.')
param blobTriggers array = [
  {
    functionName: 'IngestUpload'
    container: 'uploads'
  }
  {
    functionName: 'RunRetrain'
    container: 'retrain-requests'
  }
]

resource app 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource dataStorage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: dataStorageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: 'evgt-${dataStorageAccountName}'
  location: location
  properties: {
    source: dataStorage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource subscriptions 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2022-06-15' = [for trigger in blobTriggers: {
  parent: topic
  name: '${trigger.container}-to-${trigger.functionName}'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${trigger.functionName}&code=${listKeys('${app.id}/host/default', '2024-04-01').systemKeys.blobs_extension}'
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${trigger.container}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}]

output systemTopicName string = topic.name
output subscriptionNames array = [for (trigger, i) in blobTriggers: subscriptions[i].name]
