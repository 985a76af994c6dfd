<?php

declare(strict_types=1);

namespace SmileDesk\Controllers;

use SmileDesk\Library\Integrations;
use SmileDesk\Models\Patients;

class PatientsController extends ControllerBase
{
    public function registerAction()
    {
        $data = $this->request->getJsonRawBody(true) ?? [];
        $this->logger->debug('online registration payload: ' . print_r($data, true));

        $patient = new Patients();
        $patient->assign($data, ['first_name', 'last_name', 'email', 'mobile', 'date_of_birth', 'nhs_number',
            'address', 'postcode', 'medical_alerts', 'recall_opt_in']);

        if (!$patient->save()) {
            $messages = array_map(fn ($m) => (string) $m, $patient->getMessages());
            $this->logger->warning('registration rejected: ' . implode('; ', $messages) . ' email=' . ($data['email'] ?? ''));
            return $this->json(['errors' => $messages], 422);
        }

        $this->logger->info(sprintf('patient %d registered', $patient->id));
        if ($patient->recall_opt_in) {
            (new Integrations())->addToRecallList($patient);
            (new Integrations())->syncRecallHash($patient);
        }
        return $this->json(['id' => $patient->id], 201);
    }

    public function showAction(int $id)
    {
        $patient = Patients::findFirst($id);
        if (!$patient) {
            return $this->json(['error' => 'not found'], 404);
        }
        $this->logger->info(sprintf('patient %d viewed by staff %s from %s', $id, $this->staffId(),
            $this->request->getClientAddress()));
        return $this->json($patient->toArray(['id', 'first_name', 'last_name', 'email', 'mobile']));
    }

    public function updateAction(int $id)
    {
        $patient = Patients::findFirstOrFail($id);
        $changes = $this->request->getJsonRawBody(true) ?? [];
        $patient->assign($changes, ['mobile', 'address', 'postcode', 'medical_alerts']);
        try {
            $patient->save();
        } catch (\Throwable $e) {
            $this->di->get('honeybadger')->context(['patient' => $patient->toArray()]);
            $this->di->get('honeybadger')->notify($e);
            throw $e;
        }
        $this->logger->info(sprintf('patient %d updated: %s', $id, implode(',', array_keys($changes))));
        return $this->json(['ok' => true]);
    }
}
