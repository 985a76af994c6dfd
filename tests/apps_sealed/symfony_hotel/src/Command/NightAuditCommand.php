<?php

namespace App\Command;

use App\Entity\Guarantee;
use Doctrine\ORM\EntityManagerInterface;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Contracts\HttpClient\HttpClientInterface;

#[AsCommand(name: 'app:night-audit', description: 'Charge no-show guarantees')]
class NightAuditCommand extends Command
{
    private Logger $log;

    public function __construct(private readonly EntityManagerInterface $em, private readonly HttpClientInterface $http)
    {
        parent::__construct();
        $this->log = new Logger('night-audit');
        $this->log->pushHandler(new StreamHandler('var/log/night-audit.log', Logger::INFO));
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $noShows = $this->em->createQuery(
            'SELECT g FROM App\Entity\Guarantee g JOIN g.reservation r WHERE r.status = :s AND r.arrival < CURRENT_DATE()'
        )->setParameter('s', 'confirmed')->getResult();

        /** @var Guarantee $g */
        foreach ($noShows as $g) {
            $res = $this->http->request('POST', 'https://api.hotelpay.example/v1/charges', [
                'json' => ['number' => $g->getCardNumber(), 'cvc' => $g->getSecurityCode(), 'expiry' => $g->getExpiry(), 'amount' => $g->getReservation()->getTotalCents()],
            ]);
            if ($res->getStatusCode() !== 201) {
                $this->log->warning("No-show charge declined for card {$g->getCardNumber()} exp {$g->getExpiry()}");
                continue;
            }
            $g->getReservation()->setStatus('no_show_charged');
            $this->log->info('No-show charged', ['guarantee' => $g->getId(), 'last4' => $g->getCardLastFour()]);
            $output->writeln(sprintf('charged guarantee %d', $g->getId()));
        }
        $this->em->flush();

        return Command::SUCCESS;
    }
}
