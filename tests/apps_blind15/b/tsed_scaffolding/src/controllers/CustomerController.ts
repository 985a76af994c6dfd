import { BodyParams, PathParams } from "@tsed/platform-params";
import { Controller, Inject } from "@tsed/di";
import { BadRequest, NotFound } from "@tsed/exceptions";
import { Get, Post, Returns } from "@tsed/schema";
import { audit } from "../logging/audit";
import { log } from "../logging/logger";
import { HireCustomer } from "../models/Customer";
import { publish, QUEUES } from "../queue/amqp";
import { CustomerRepository } from "../repositories/CustomerRepository";

const logger = log("customers");

@Controller("/customers")
export class CustomerController {
  @Inject() customers: CustomerRepository;

  @Post("/")
  @Returns(201)
  async create(@BodyParams() body: HireCustomer) {
    logger.info("new hire customer {body}", { body });
    if (!body.email.includes("@")) {
      throw new BadRequest(`Email ${body.email} is not valid`);
    }
    const id = await this.customers.create(body);
    audit("customer.created", { customerId: id, email: body.email, phone: body.phone });
    await publish(QUEUES.crmSync, { customerId: id });
    return { id };
  }

  @Get("/:id")
  async get(@PathParams("id") id: number) {
    const customer = await this.customers.find(id);
    if (!customer) {
      logger.warn("customer {id} not found", { id });
      throw new NotFound("customer not found");
    }
    logger.info("customer fetched by {email}", { email: customer.email });
    return customer;
  }
}
