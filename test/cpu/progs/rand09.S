	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 72(x30)
	ld x3, 16(x30)
	ld x4, 200(x30)
	ld x5, 120(x30)
	ld x6, 152(x30)
	ld x7, 88(x30)
	ld x8, 16(x30)
	ld x9, 64(x30)
	ld x10, 104(x30)
	ld x11, 40(x30)
	ld x12, 32(x30)
	ld x13, 208(x30)
	ld x14, 200(x30)
	ld x15, 48(x30)
	ld x16, 8(x30)
	ld x17, 144(x30)
	ld x18, 104(x30)
	ld x19, 168(x30)
	ld x20, 48(x30)
	ld x21, 128(x30)
	ld x22, 56(x30)
	ld x23, 160(x30)
	ld x24, 112(x30)
	ld x25, 8(x30)
	ld x26, 56(x30)
	ld x27, 72(x30)
	ld x28, 168(x30)
	ld x29, 80(x30)
	ld x30, 88(x30)
	la x30, dvals
	fld f0, 40(x30)
	fld f1, 72(x30)
	fld f2, 272(x30)
	fld f3, 232(x30)
	fld f4, 104(x30)
	fld f5, 256(x30)
	fld f6, 144(x30)
	flw f7, 340(x30)
	fld f8, 352(x30)
	flw f9, 332(x30)
	flw f10, 288(x30)
	flw f11, 288(x30)
	fld f12, 256(x30)
	fld f13, 56(x30)
	fld f14, 160(x30)
	fld f15, 80(x30)
	flw f16, 372(x30)
	flw f17, 312(x30)
	fld f18, 48(x30)
	flw f19, 352(x30)
	fld f20, 128(x30)
	fld f21, 72(x30)
	fld f22, 224(x30)
	flw f23, 284(x30)
	flw f24, 392(x30)
	fld f25, 16(x30)
	fld f26, 8(x30)
	flw f27, 380(x30)
	flw f28, 368(x30)
	fld f29, 112(x30)
	fld f30, 40(x30)
	fld f31, 104(x30)
	bne x29, x20, 1f
	or x12, x15, x19
	sraw x23, x0, x10
1:
	addi x30, x31, 1432
	lr.w.aq x28, (x30)
	subw x14, x9, x29
	sc.w.aq x0, x27, (x30)
	sc.w x24, x0, (x30)
	la x30, dvals
	fld f0, 120(x30)
	la x30, dvals
	fld f4, 240(x30)
	fnmadd.d f31, f22, f0, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	sraw x28, x0, x28
	fsqrt.s f22, f26, rmm
	c.mv x1, x10
	c.add x25, x1
	srai x13, x21, 31
	sraiw x17, x28, 0
	addi x30, x31, 464
	amomax.d x9, x7, (x30)
	sra x10, x14, x19
	la x30, dvals
	fld f7, 488(x30)
	fdiv.d f29, f7, f28, rmm
	srli x19, x20, 0
	sraiw x1, x12, 1
	frrm x0
	blt x1, x1, 1f
	sraw x21, x26, x15
	or x26, x1, x26
1:
	fcvt.s.l f6, x8, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	c.beqz x9, 1f
	sllw x12, x11, x5
1:
	fmul.d f10, f21, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	addi x30, x31, 1912
	amomax.w.rl x5, x24, (x30)
	fsrmi x15, 4
	ori x10, x7, 1270
	bne x6, x18, 1f
	slt x0, x8, x1
	slt x1, x18, x28
1:
	la x30, dvals
	flw f19, 284(x30)
	fsqrt.s f25, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	sh x8, 1690(x31)
	la x30, dvals
	flw f19, 676(x30)
	fsub.s f1, f19, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	sub x5, x11, x15
	remw x17, x29, x7
	sb x16, 1968(x31)
	mv x10, x31
	c.lw x11, 96(x10)
	sltiu x19, x12, -1
	addi x30, x31, 1496
	amominu.d.aq x19, x9, (x30)
	lh x29, 114(x31)
	la x30, dvals
	fld f28, 40(x30)
	la x30, dvals
	fld f31, 224(x30)
	fdiv.d f24, f28, f31, dyn
	fcvt.s.lu f20, x7, rup
	la x30, dvals
	flw f9, 288(x30)
	la x30, dvals
	flw f11, 608(x30)
	la x30, dvals
	flw f2, 304(x30)
	fmsub.s f10, f9, f11, f2, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	sw x23, 2004(x31)
	lhu x0, 1990(x31)
	sh x26, 1924(x31)
	la x30, dvals
	fld f31, 448(x30)
	fsqrt.d f13, f31, rmm
	fsrmi x13, 2
	srai x26, x6, 0
	sraiw x23, x26, 31
	la x30, dvals
	fld f25, 272(x30)
	fcvt.lu.d x29, f25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	sub x8, x29, x24
	slti x3, x24, 1
	la x30, dvals
	flw f26, 280(x30)
	fsgnjn.s f10, f26, f21
	bltu x9, x11, 1f
	subw x29, x19, x1
1:
	mulhsu x10, x29, x15
	lh x19, 1108(x2)
	xori x3, x12, 1328
	fcvt.s.wu f7, x20, rup
	ld x6, 1768(x2)
	and x24, x23, x1
	la x30, dvals
	flw f29, 356(x30)
	la x30, dvals
	flw f21, 660(x30)
	fmadd.s f14, f28, f29, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	divuw x3, x10, x0
	fcvt.w.s x22, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	slli x10, x0, 0
	srliw x4, x12, 1
	c.beqz x10, 1f
	xor x21, x15, x19
1:
	bge x5, x8, 1f
	srl x19, x26, x0
1:
	or x0, x4, x1
	la x30, dvals
	fld f23, 224(x30)
	fclass.d x9, f23
	slti x27, x0, 63
	la x30, dvals
	fld f2, 256(x30)
	fsgnjx.d f19, f24, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	la x30, dvals
	flw f30, 596(x30)
	la x30, dvals
	flw f2, 332(x30)
	fadd.s f1, f30, f2, rup
	sw x13, 1724(x31)
	la x30, 1f
	c.jalr x30
	slt x26, x21, x0
1:
	la x30, dvals
	flw f26, 360(x30)
	la x30, dvals
	flw f13, 308(x30)
	fadd.s f31, f26, f13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	la x30, 1f
	c.jalr x30
	addw x29, x17, x22
1:
	sll x13, x17, x5
	la x30, dvals
	flw f10, 356(x30)
	fsub.s f1, f10, f10, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	beq x5, x25, 1f
	and x16, x14, x23
	sraw x14, x28, x19
1:
	la x30, dvals
	flw f3, 648(x30)
	fclass.s x10, f3
	fadd.d f2, f0, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	fsub.s f15, f3, f25, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	la x30, dvals
	fld f30, 544(x30)
	la x30, dvals
	fld f11, 568(x30)
	fdiv.d f20, f30, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	c.bnez x9, 1f
	and x23, x21, x19
1:
	fcvt.wu.s x8, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	fcvt.d.lu f28, x6, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	blt x23, x12, 1f
	add x11, x20, x14
1:
	mv x13, x31
	c.fsd f8, 232(x13)
	xor x23, x25, x29
	la x30, dvals
	flw f14, 320(x30)
	la x30, dvals
	flw f4, 676(x30)
	flt.s x6, f14, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	la x30, dvals
	flw f2, 300(x30)
	la x30, dvals
	flw f31, 312(x30)
	fle.s x22, f2, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	xori x16, x25, -1
	sltiu x3, x7, -1
	la x30, dvals
	flw f24, 308(x30)
	fcvt.l.s x14, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	c.addi4spn x14, sp, 148
	srai x28, x21, 33
	slliw x15, x9, 19
	lb x8, 1594(x31)
	la x30, dvals
	fld f1, 64(x30)
	la x30, dvals
	fld f13, 464(x30)
	fnmadd.d f10, f1, f13, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	srli x15, x29, 1
	slliw x21, x12, 0
	xori x25, x27, 2047
	lhu x29, 1347(x31)
	sra x4, x26, x1
	csrrsi x16, fflags, 17
	sb x28, 280(x31)
	la x30, dvals
	flw f13, 308(x30)
	la x30, dvals
	flw f10, 620(x30)
	la x30, dvals
	flw f17, 388(x30)
	fmsub.s f13, f13, f10, f17, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	addi x30, x31, 1048
	amoadd.d x12, x22, (x30)
	sltiu x26, x0, 32
	slli x15, x8, 0
	slliw x17, x8, 1
	slti x19, x9, 0
	fcvt.wu.d x25, f7, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	sltiu x18, x4, 2047
	la x30, dvals
	flw f29, 296(x30)
	la x30, dvals
	flw f11, 600(x30)
	fdiv.s f0, f29, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	sltiu x24, x24, -2048
	addi x30, x31, 2000
	amomax.d x6, x24, (x30)
	la x30, dvals
	fld f7, 120(x30)
	fcvt.lu.d x22, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	blt x3, x20, 1f
	sraw x25, x13, x12
	sub x16, x9, x14
1:
	slli x29, x0, 32
	slliw x12, x6, 12
	auipc x9, 0
	la x30, dvals
	flw f25, 600(x30)
	fcvt.lu.s x12, f25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	xori x18, x23, 2047
	sltiu x4, x22, 1380
	c.swsp x24, 188(sp)
	c.sdsp x17, 48(sp)
	c.bnez x8, 1f
	slt x3, x25, x14
1:
	addi x17, x28, 32
	sd x0, 1544(x31)
	la x30, 1f
	c.jr x30
	srlw x7, x22, x1
1:
	mul x24, x27, x10
	divuw x20, x16, x13
	divw x28, x8, x27
	la x30, 1f
	c.jr x30
	srlw x21, x18, x11
1:
	sd x5, 216(x31)
	addiw x19, x15, 31
	la x30, dvals
	flw f1, 352(x30)
	la x30, dvals
	flw f28, 644(x30)
	fsub.s f12, f1, f28, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	c.slli x18, 36
	xori x12, x5, 2047
	la x30, dvals
	flw f27, 648(x30)
	fsqrt.s f20, f27, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	lh x5, 1442(x31)
	fsub.d f19, f3, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	addw x7, x6, x10
	rem x26, x4, x9
	bge x3, x5, 1f
	addw x20, x10, x8
1:
	remw x7, x28, x12
	andi x7, x14, 32
	fclass.s x16, f17
	fmax.d f6, f5, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	sb x25, 707(x31)
	la x30, 1f
	c.jr x30
	xor x7, x16, x10
1:
	la x30, dvals
	fld f24, 152(x30)
	la x30, dvals
	fld f28, 464(x30)
	fmul.d f26, f24, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	xori x18, x9, 2047
	div x13, x8, x0
	fcvt.d.lu f17, x8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	c.slli x18, 6
	slt x26, x8, x24
	srlw x6, x21, x0
	jal x15, 1f
	sll x6, x12, x22
1:
	bne x27, x16, 1f
	addw x1, x10, x24
	srl x29, x11, x4
1:
	remuw x21, x7, x9
	fsrmi x6, 4
	fcvt.s.wu f4, x14, dyn
	lui x8, 52602
	sraw x0, x22, x27
	lb x25, 731(x2)
	la x30, dvals
	flw f25, 680(x30)
	fdiv.s f10, f0, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	la x30, dvals
	fld f0, 104(x30)
	feq.d x9, f0, f4
	la x30, dvals
	flw f22, 340(x30)
	fcvt.lu.s x5, f22, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	fsqrt.s f15, f21, rtz
	la x30, dvals
	fld f29, 112(x30)
	la x30, dvals
	fld f22, 176(x30)
	fmadd.d f9, f29, f22, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	fsqrt.s f8, f0, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	fmv.d.x f12, x24
	la x30, dvals
	fld f9, 176(x30)
	fsub.d f16, f9, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	lui x12, 524288
	c.fsdsp f22, 456(sp)
	fsrmi x6, 2
	lhu x13, 40(x2)
	la x30, dvals
	flw f0, 624(x30)
	fnmadd.s f17, f0, f6, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	srai x20, x7, 35
	slliw x5, x3, 1
	lb x8, 1438(x2)
	la x30, 1f
	c.jalr x30
	or x5, x23, x8
1:
	fcvt.l.d x24, f0, rdn
	srlw x17, x10, x10
	slt x13, x24, x28
	bne x10, x18, 1f
	add x0, x25, x29
1:
	la x30, dvals
	fld f17, 88(x30)
	fmsub.d f6, f17, f15, f24, rmm
	xori x21, x26, 32
	la x30, dvals
	fld f2, 96(x30)
	fdiv.d f12, f17, f2, rne
	la x30, dvals
	flw f4, 376(x30)
	fsub.s f16, f4, f17, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	sll x13, x3, x19
	la x30, dvals
	flw f28, 600(x30)
	fsqrt.s f1, f28, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	mulw x11, x27, x8
	mv x8, x31
	c.sd x8, 72(x8)
	la x30, dvals
	fld f23, 496(x30)
	fadd.d f28, f23, f3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	bgeu x16, x25, 1f
	srlw x3, x9, x8
1:
	la x30, dvals
	fld f12, 176(x30)
	fsgnjx.d f12, f12, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	la x30, dvals
	fld f18, 400(x30)
	fsub.d f26, f18, f25, rtz
	slli x29, x14, 49
	slliw x18, x17, 31
	ld x21, 40(x2)
	la x30, dvals
	fld f6, 152(x30)
	fsub.d f2, f9, f6, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	jal x1, 1f
	addw x14, x0, x28
1:
	la x30, dvals
	flw f31, 672(x30)
	la x30, dvals
	flw f24, 608(x30)
	fmul.s f22, f31, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	ld x6, 436(x2)
	divuw x1, x26, x25
	la x30, dvals
	flw f5, 608(x30)
	fsgnjn.s f22, f26, f5
	sllw x25, x27, x24
	sllw x22, x7, x3
	c.bnez x14, 1f
	sll x15, x24, x17
1:
	auipc x1, 1048575
	auipc x13, 514822
	slli x21, x15, 0
	slliw x0, x26, 31
	lb x24, 4(x2)
	la x30, dvals
	flw f18, 308(x30)
	la x30, dvals
	flw f18, 348(x30)
	fadd.s f28, f18, f18, rup
	la x30, dvals
	flw f20, 396(x30)
	la x30, dvals
	flw f25, 300(x30)
	fle.s x3, f20, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	la x30, dvals
	fld f21, 496(x30)
	fadd.d f1, f15, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	addi x30, x31, 240
	amomaxu.d x9, x26, (x30)
	csrrs x28, fflags, x0
	c.j 1f
	sllw x17, x22, x10
1:
	mulhsu x12, x4, x8
	bne x3, x25, 1f
	slt x23, x19, x26
	sllw x9, x22, x8
1:
	xori x10, x20, 2047
	sub x11, x17, x5
	sllw x11, x29, x20
	divw x17, x29, x17
	lh x11, 1808(x31)
	jal x22, 1f
	sltu x11, x27, x14
1:
	la x30, dvals
	flw f2, 304(x30)
	fmadd.s f2, f2, f2, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	mv x12, x31
	c.lw x15, 16(x12)
	bltu x6, x18, 1f
	slt x17, x11, x28
	xor x10, x24, x22
1:
	sh x10, 1972(x31)
	c.addi4spn x15, sp, 24
	add x14, x3, x9
	divw x12, x9, x26
	la x30, dvals
	fld f1, 64(x30)
	fsub.d f9, f16, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	lh x0, 1949(x31)
	srli x26, x19, 33
	slliw x9, x17, 1
	sd x6, 1480(x31)
	la x30, dvals
	flw f21, 308(x30)
	la x30, dvals
	flw f5, 392(x30)
	fmul.s f25, f21, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	sltiu x1, x29, 2047
	la x30, dvals
	fld f14, 56(x30)
	la x30, dvals
	fld f26, 96(x30)
	fmin.d f0, f14, f26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	srl x17, x11, x21
	mv x13, x31
	c.fld f15, 160(x13)
	la x30, dvals
	flw f27, 644(x30)
	fadd.s f1, f26, f27, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	fcvt.lu.s x26, f5, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	srli x4, x22, 4
	slliw x17, x8, 0
	c.xor x10, x10
	bne x24, x27, 1f
	sub x13, x11, x12
1:
	slti x12, x24, 2047
	la x30, dvals
	fld f0, 416(x30)
	fdiv.d f14, f0, f30, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	addi x30, x31, 160
	amomaxu.d.aqrl x7, x0, (x30)
	andi x15, x8, 0
	c.bnez x12, 1f
	sll x22, x3, x24
1:
	la x30, dvals
	flw f27, 316(x30)
	fsub.s f28, f27, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	add x4, x3, x28
	subw x22, x27, x3
	slt x21, x27, x17
	sll x19, x26, x24
	fcvt.d.lu f22, x11, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	bgeu x1, x8, 1f
	subw x17, x9, x4
	sltu x24, x0, x13
1:
	mv x12, x31
	c.fsd f10, 24(x12)
	remu x19, x24, x13
	mv x13, x31
	c.lw x12, 4(x13)
	xor x0, x17, x23
	fcvt.s.wu f7, x6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	sub x27, x10, x14
	fmax.d f2, f26, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	c.addi4spn x8, sp, 416
	bne x23, x8, 1f
	subw x0, x17, x21
1:
	mul x23, x0, x6
	sw x28, 1932(x31)
	addiw x18, x13, -2048
	sh x24, 468(x31)
	srlw x15, x14, x9
	sw x25, 480(x31)
	divuw x19, x7, x17
	lhu x20, 220(x31)
	sd x28, 928(x31)
	mv x12, x31
	c.lw x9, 88(x12)
	lui x4, 0
	la x30, dvals
	flw f31, 664(x30)
	fcvt.lu.s x26, f31, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	mul x6, x26, x13
	auipc x28, 524287
	lbu x18, 984(x31)
	blt x15, x8, 1f
	sll x26, x4, x13
	sllw x27, x24, x11
1:
	slli x9, x21, 56
	slliw x1, x0, 8
	slti x19, x23, -2048
	addi x30, x31, 1920
	amomin.w.rl x16, x17, (x30)
	blt x9, x5, 1f
	sll x0, x18, x25
	sraw x26, x13, x23
1:
	lb x28, 1172(x2)
	sltiu x23, x3, 31
	mulw x12, x15, x12
	jal x17, 1f
	addw x29, x16, x10
1:
	lui x10, 155874
	bge x0, x9, 1f
	sra x19, x29, x19
1:
	fsqrt.s f6, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	add x14, x24, x13
	srl x27, x0, x19
	xori x19, x18, 1
	ld x22, 1064(x31)
	auipc x25, 0
	addi x30, x31, 1512
	amoor.w x29, x8, (x30)
	addi x30, x31, 1784
	amomin.w x5, x22, (x30)
	la x30, dvals
	fld f17, 560(x30)
	la x30, dvals
	fld f25, 576(x30)
	fmsub.d f4, f17, f25, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	flw f12, 376(x30)
	la x30, dvals
	flw f2, 680(x30)
	fmadd.s f9, f25, f12, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	la x30, dvals
	fld f3, 576(x30)
	la x30, dvals
	fld f27, 272(x30)
	fsub.d f4, f3, f27, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	la x30, dvals
	flw f25, 296(x30)
	fcvt.d.s f25, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	la x30, dvals
	flw f25, 596(x30)
	la x30, dvals
	flw f22, 604(x30)
	fmul.s f23, f25, f22, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	srli x19, x14, 33
	sraiw x11, x6, 26
	la x30, dvals
	fld f25, 424(x30)
	la x30, dvals
	fld f31, 8(x30)
	fmax.d f22, f25, f31
	blt x18, x14, 1f
	and x9, x4, x19
	addw x17, x11, x0
1:
	lwu x6, 1832(x2)
	la x30, dvals
	flw f0, 348(x30)
	fclass.s x18, f0
	fdiv.s f6, f13, f12, rmm
	la x30, dvals
	flw f12, 664(x30)
	la x30, dvals
	flw f26, 328(x30)
	fsub.s f13, f12, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	addi x30, x31, 1928
	amomin.w.aqrl x8, x21, (x30)
	lw x10, 681(x31)
	la x30, dvals
	fld f7, 512(x30)
	fsub.d f4, f7, f15, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	la x30, dvals
	fld f16, 168(x30)
	la x30, dvals
	fld f20, 552(x30)
	fdiv.d f8, f16, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	sd x26, 184(x31)
	jal x20, 1f
	sub x3, x22, x20
1:
	la x30, 1f
	jalr x29, 0(x30)
	sllw x15, x7, x11
1:
	fsrmi x13, 4
	fadd.s f26, f5, f10, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	fld f22, 592(x31)
	lui x23, 1048575
	fsgnjn.s f25, f21, f9
	srai x5, x24, 1
	sraiw x16, x16, 31
	fmv.x.d x0, f0
	la x30, dvals
	flw f7, 624(x30)
	fsgnj.s f30, f7, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	c.j 1f
	sub x0, x17, x3
1:
	ld x24, 760(x31)
	fsd f15, 192(x31)
	fcvt.l.d x26, f27, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	and x23, x28, x14
	sltiu x19, x13, 1632
	c.mv x27, x29
	c.add x23, x27
	andi x14, x26, -2
	fsgnjn.s f22, f14, f13
	srai x17, x23, 32
	srliw x17, x19, 1
	lbu x19, 331(x31)
	fmul.s f21, f8, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	auipc x22, 524287
	fsqrt.d f2, f22, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	bge x26, x12, 1f
	sra x0, x13, x6
1:
	la x30, 1f
	jalr x0, 0(x30)
	srlw x9, x8, x11
1:
	bgeu x0, x29, 1f
	sltu x15, x17, x25
	sllw x19, x11, x15
1:
	addiw x12, x12, -2
	la x30, dvals
	flw f16, 616(x30)
	fcvt.d.s f0, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	sllw x21, x17, x27
	fclass.d x28, f13
	sll x25, x27, x0
	slt x7, x8, x4
	la x30, dvals
	fld f20, 576(x30)
	fadd.d f26, f18, f20, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	addi x30, x31, 1072
	lr.w x9, (x30)
	srlw x8, x5, x0
	sc.w x5, x29, (x30)
	bge x17, x21, 1f
	sra x26, x16, x16
1:
	mul x1, x29, x5
	srl x29, x23, x20
	la x30, dvals
	flw f26, 620(x30)
	fdiv.s f18, f4, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	fsgnjx.d f27, f22, f30
	lbu x17, 1275(x31)
	mul x25, x12, x27
	c.bnez x13, 1f
	add x24, x16, x29
1:
	jal x25, 1f
	sllw x25, x24, x5
1:
	sraw x25, x20, x7
	bltu x8, x18, 1f
	sraw x18, x12, x5
1:
	andi x17, x20, 63
	sd x1, 1088(x31)
	mulhu x5, x20, x9
	beq x27, x11, 1f
	add x14, x24, x25
	sltu x23, x28, x24
1:
	srlw x7, x28, x29
	srai x0, x9, 63
	srliw x10, x6, 0
	sllw x16, x26, x19
	mul x0, x6, x29
	ori x1, x12, 31
	sltiu x0, x19, 2047
	la x30, dvals
	fld f2, 160(x30)
	la x30, dvals
	fld f30, 536(x30)
	fdiv.d f11, f2, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	addi x30, x31, 1456
	amoor.d x3, x23, (x30)
	bgeu x21, x23, 1f
	or x3, x22, x22
1:
	la x30, dvals
	flw f26, 344(x30)
	fdiv.s f2, f11, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	la x30, dvals
	fld f11, 440(x30)
	fcvt.lu.d x27, f11, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	addi x16, x4, 32
	lui x28, 524287
	sh x3, 1386(x31)
	sb x23, 899(x31)
	mul x26, x0, x26
	bne x22, x3, 1f
	sra x16, x23, x20
	addw x1, x12, x28
1:
	auipc x22, 0
	la x30, dvals
	fld f30, 472(x30)
	la x30, dvals
	fld f7, 184(x30)
	fnmadd.d f29, f23, f30, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	la x30, dvals
	fld f30, 272(x30)
	la x30, dvals
	fld f13, 488(x30)
	fmul.d f10, f30, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	srli x9, x14, 63
	slliw x26, x15, 31
	bne x6, x20, 1f
	or x23, x9, x3
1:
	fsflags x14, x17
	auipc x15, 524287
	slti x5, x12, 2047
	sra x18, x22, x5
	sraw x23, x21, x29
	andi x4, x27, -2048
	fcvt.s.lu f24, x17, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	sb x24, 1508(x31)
	sltiu x26, x6, 0
	remuw x27, x12, x27
	la x30, dvals
	flw f0, 664(x30)
	fmadd.s f23, f2, f0, f10, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	mul x14, x17, x27
	sb x19, 1402(x31)
	la x30, dvals
	flw f22, 288(x30)
	la x30, dvals
	flw f10, 292(x30)
	fsub.s f20, f22, f10, rup
	la x30, dvals
	fld f13, 400(x30)
	fmsub.d f26, f13, f26, f15, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	c.swsp x19, 180(sp)
	c.sdsp x17, 504(sp)
	la x30, 1f
	c.jalr x30
	sll x15, x22, x28
1:
	div x9, x28, x10
	la x30, dvals
	flw f31, 632(x30)
	fadd.s f1, f27, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	lb x8, 191(x31)
	la x30, dvals
	fld f23, 472(x30)
	fmul.d f24, f23, f2, rtz
	la x30, dvals
	flw f29, 396(x30)
	la x30, dvals
	flw f27, 384(x30)
	fnmsub.s f21, f29, f1, f27, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	fsqrt.d f24, f22, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0xe4f63bf852ac6dbc
	.dword 0x3c6bc411d9d10ac5
	.dword 0xe9b306a1a58b2052
	.dword 0xf1a112d2ac9c5ecf
	.dword 0xcff000cd32d12019
	.dword 0xcc936570a79b98ae
	.dword 0x45486fc95e9c19b1
	.dword 0x68e0bbe48c1c816a
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0xc13062d84ce89fbd
	.dword 0xbf7693872f4594c4
	.dword 0xc0714e2ccc4c6d86
	.dword 0xc0dc1c5893165ec3
	.dword 0x411d6d426413b718
	.dword 0xc150af4b401e063f
	.dword 0x3ecbf2feb50237bc
	.dword 0x40b6811e441c40c4
	.dword 0x3f7f85499ba141b2
	.dword 0x3ee68041d45cc246
	.dword 0x415a1d4d09f7900c
	.dword 0xc14c379e7977b8f9
	.dword 0x41eb769ba981113f
	.dword 0x43311711b8068920
	.dword 0x7fdc3c79dc25fd58
	.dword 0x801fc60f5a484ac8
	.dword 0x41e647760bc96c5a
	.dword 0x43eb3283181e0efe
	.dword 0x8034577ffd062602
	.dword 0xffea3be00e3040fb
	.dword 0x8327fc1cc7e11c6e
	.dword 0x80187de1c3048043
	.dword 0xc3e4b87570cd2eb0
	.dword 0xc334964836f2c42e
	.word 0x4467240c
	.word 0x4577f967
	.word 0xbab9b26f
	.word 0xc02ffbca
	.word 0x3e683ab5
	.word 0x42efd2cc
	.word 0xbd14d3fb
	.word 0xc0c26d40
	.word 0x3c0e37c3
	.word 0x3998cc37
	.word 0x39f06286
	.word 0x409629fd
	.word 0x8176dbba
	.word 0xdf4c37b3
	.word 0x8f573af0
	.word 0xbc9aaa
	.word 0x145e39b
	.word 0x8f3de08a
	.word 0xcf6b9443
	.word 0x809f19b8
	.word 0x1275ede
	.word 0xdf55b942
	.word 0xf10b1e0
	.word 0x154d7f8
	.balign 16
scratch:
	.word 0x625919cd
	.word 0x6d73b6dd
	.word 0x6eab7a29
	.word 0x3c25011e
	.word 0x1cd76cbd
	.word 0xd95637bd
	.word 0xeb9295cd
	.word 0x9c464258
	.word 0xd5a0639e
	.word 0xe3aa2197
	.word 0x548ad93b
	.word 0xfa1a634d
	.word 0x780096f4
	.word 0x311a50fb
	.word 0x1ba4a259
	.word 0x7217706e
	.word 0x1f453203
	.word 0x99a4dea1
	.word 0x4c6f0cb9
	.word 0x12f732e5
	.word 0x61d6feb0
	.word 0x7e1497b0
	.word 0x70bed9e1
	.word 0xdbd72820
	.word 0xe4b5de69
	.word 0xb062eb75
	.word 0x4c8b8393
	.word 0xa3c6400f
	.word 0x1335286c
	.word 0x71269d70
	.word 0xf3914ab4
	.word 0x82335d37
	.word 0xdb2cf65d
	.word 0xf909e16e
	.word 0x61ac3c7c
	.word 0x225a22cd
	.word 0xa675884c
	.word 0xf8fc7db2
	.word 0x9e0ac4f7
	.word 0x141cb01d
	.word 0xc1f57352
	.word 0x9c7f973d
	.word 0xbd980e51
	.word 0x361c7f78
	.word 0x879753a1
	.word 0xd18bef50
	.word 0x20569560
	.word 0xada76fbd
	.word 0x4a4d1d35
	.word 0xd492f1c0
	.word 0xdffc2635
	.word 0x3c6fdea8
	.word 0x30ed13d5
	.word 0xc068a95e
	.word 0x7d237c1f
	.word 0x46b23caf
	.word 0x25dc5bbc
	.word 0x7bda11c9
	.word 0x5868a38
	.word 0x4cfdeb58
	.word 0xc344e1f3
	.word 0xb02f678e
	.word 0xc70fb5c1
	.word 0x7462e5a
	.word 0x932cec9c
	.word 0xd95213a3
	.word 0xffe1f830
	.word 0xdc149023
	.word 0x8c0a324b
	.word 0x8225da2a
	.word 0x157055da
	.word 0xe6a85ddf
	.word 0x4f6aa196
	.word 0x7055eb7a
	.word 0x6a637107
	.word 0x8c31f7e6
	.word 0xeb60be80
	.word 0x6aa8dbd8
	.word 0x4baf8511
	.word 0xdab2ea77
	.word 0x787578a9
	.word 0x3b665039
	.word 0xdd4019a9
	.word 0x10df84f3
	.word 0xe8730eb3
	.word 0xbd006641
	.word 0x88cbca05
	.word 0xc0e94ac0
	.word 0xdf96fd18
	.word 0x68a5d42
	.word 0xe96541b3
	.word 0x6b33225a
	.word 0xe074d926
	.word 0x1154b54e
	.word 0x785be0b0
	.word 0x8df1b056
	.word 0xc49e98cb
	.word 0xe7799208
	.word 0x7227ea14
	.word 0x63c09966
	.word 0x6d604310
	.word 0xc54c43b1
	.word 0xea72e0ac
	.word 0x7a80487f
	.word 0x27da6b8
	.word 0x63f5404d
	.word 0xb46c33d3
	.word 0x70df11d8
	.word 0xce6f4dea
	.word 0xdd91de63
	.word 0x2de464ed
	.word 0x8e4b1e71
	.word 0x5d2c5ed3
	.word 0x83ce0a8
	.word 0x111cfd3c
	.word 0x59dc7641
	.word 0x359384ab
	.word 0xe5de0328
	.word 0x92d92f55
	.word 0x51494d4c
	.word 0x64fed6bc
	.word 0x7b083ca8
	.word 0xef3d5e26
	.word 0xdbce371a
	.word 0xb882480c
	.word 0xc1f5a96d
	.word 0xefde5321
	.word 0x92f65e7c
	.word 0x7e07aee0
	.word 0xf0a68aad
	.word 0x1f9470d4
	.word 0xa059ba73
	.word 0x75e5aef8
	.word 0xc7631245
	.word 0x57fad0
	.word 0x1ebd2f96
	.word 0xd2b9f411
	.word 0x6b4fe38c
	.word 0x70fb2a73
	.word 0xa31d5589
	.word 0x3c225abf
	.word 0x99c5a1a5
	.word 0x93d3fcfd
	.word 0x65c971bb
	.word 0x3438bcc4
	.word 0x57a58f94
	.word 0x2cb8eb5f
	.word 0xbb16576
	.word 0xc4e969d9
	.word 0xd3959b30
	.word 0x7e86c269
	.word 0x7fbd908c
	.word 0x7822bd1a
	.word 0xdfbcb19a
	.word 0x78757efd
	.word 0x22fc1028
	.word 0xbfd14ad4
	.word 0x47fbb3b1
	.word 0x3ce597
	.word 0xd4731d0
	.word 0x84d5c9ae
	.word 0x81e2fc9e
	.word 0x105b2766
	.word 0xe24c7a9d
	.word 0xcee26e52
	.word 0xe6259706
	.word 0xcc6ad1e4
	.word 0x5c95432f
	.word 0x6aebf3b7
	.word 0x873e26d9
	.word 0x3f41c24b
	.word 0xe61c982f
	.word 0xd63116c3
	.word 0x69c89a57
	.word 0x2acaa5d6
	.word 0xb07b072e
	.word 0xc34b4341
	.word 0xcf45ecd0
	.word 0x2925625f
	.word 0x28b6dde8
	.word 0x927f29cd
	.word 0x9f90ffae
	.word 0x8cca8c1c
	.word 0x746535b8
	.word 0x8899c6f1
	.word 0xb8b06492
	.word 0x306daee3
	.word 0x33800b5b
	.word 0x6f8537ee
	.word 0xe66af912
	.word 0x90545376
	.word 0x5d69530b
	.word 0x9609196f
	.word 0x11b0dc5d
	.word 0x4d545140
	.word 0x28fa6d3e
	.word 0xceee6d90
	.word 0x68d1ebfe
	.word 0xe06e2409
	.word 0xb90dd9be
	.word 0x45790cc3
	.word 0xf8ca88d3
	.word 0x93c73b5b
	.word 0xe12040ad
	.word 0xcf8712d7
	.word 0x96616319
	.word 0xfa41dd18
	.word 0xfdb500c9
	.word 0xe82dcdff
	.word 0x63d2a3f6
	.word 0xc2237c20
	.word 0x19427493
	.word 0xadd7d01b
	.word 0xad47e5d1
	.word 0x6e4048cf
	.word 0x8c6af703
	.word 0x83d53686
	.word 0x85b96484
	.word 0x8c1fb210
	.word 0x31ec68fe
	.word 0x228d2667
	.word 0x4e712da7
	.word 0x137af0e5
	.word 0xe1a8bc96
	.word 0x317af6eb
	.word 0x9b538638
	.word 0x990a8db2
	.word 0xdf29946c
	.word 0x5928357e
	.word 0xaf7c8d1d
	.word 0xe5397c32
	.word 0x9d5474cd
	.word 0x6a76784b
	.word 0xa961474
	.word 0xcb06ff78
	.word 0x89d7548c
	.word 0xb9a40cf
	.word 0x33f3a0ce
	.word 0xbaa2245b
	.word 0x3b0e52af
	.word 0xda228a42
	.word 0xe63b7117
	.word 0x8b23767b
	.word 0x5860f52d
	.word 0x9e6bbfaf
	.word 0xda5b4760
	.word 0xe454d95b
	.word 0x908f5a64
	.word 0x3bf1725
	.word 0xca233688
	.word 0x32be7ed1
	.word 0x51e02c03
	.word 0xd86ca053
	.word 0xc0ba2a60
	.word 0x3b3b7bfb
	.word 0xdcc20af9
	.word 0x2e31e2d7
	.word 0x5f0a77a2
	.word 0x2e39d4fd
	.word 0x8069ab6e
	.word 0x15820c6c
	.word 0xd5fb6b0b
	.word 0xabd0bf86
	.word 0x38241356
	.word 0xf39f4051
	.word 0x6938defb
	.word 0x2e177688
	.word 0xd804cb8b
	.word 0x6fc4ed11
	.word 0xbeb03062
	.word 0xaf39abbc
	.word 0xd382b5fb
	.word 0x228f7bc5
	.word 0x73001afe
	.word 0x7ba3b8f1
	.word 0x9b0e4b4f
	.word 0x1e97cdfc
	.word 0x22ff368
	.word 0x74132469
	.word 0x35f88e6
	.word 0xba250927
	.word 0x7b3d7047
	.word 0x738aa17d
	.word 0xd307474f
	.word 0x4639edb8
	.word 0xa54df9f
	.word 0xa5499ecc
	.word 0x449ae504
	.word 0x1f774a39
	.word 0x30323501
	.word 0xa4d7e748
	.word 0x5fe7a1b7
	.word 0xd1f39fbf
	.word 0xe281f91d
	.word 0x69e4ce4c
	.word 0xf58bfd1a
	.word 0xcf37f9ce
	.word 0x31ca18e9
	.word 0x283731c2
	.word 0xfedce65
	.word 0x72079bd5
	.word 0xaed2160b
	.word 0x6e730042
	.word 0xc113a89f
	.word 0x3402417f
	.word 0xf99e7249
	.word 0xcd3e7de2
	.word 0x52c5a8c3
	.word 0x1c6ade8d
	.word 0xb0d0f750
	.word 0x696ea9ed
	.word 0x3639af44
	.word 0x79f4fb2c
	.word 0x34b004e4
	.word 0xb1bf40b2
	.word 0x6c8ca0a6
	.word 0xeb9b81aa
	.word 0xee7f03dd
	.word 0xce903f3f
	.word 0xe780cb04
	.word 0x22e6baf4
	.word 0x42b04528
	.word 0x8b96462
	.word 0xa293f978
	.word 0x6a2e6366
	.word 0x6e1cf8a7
	.word 0xd0046443
	.word 0xcd096aa5
	.word 0xebeaebeb
	.word 0x646dc4a0
	.word 0x43ccf15c
	.word 0x6104ea4f
	.word 0x75e3f949
	.word 0x539159ac
	.word 0x6c385a3e
	.word 0x888a99a1
	.word 0xac645bbe
	.word 0xc5628ed7
	.word 0x3bcb5eb
	.word 0x3532720b
	.word 0x1516d9f2
	.word 0xb372226
	.word 0x101267f
	.word 0x9c144798
	.word 0x880ef08b
	.word 0x95e8cb04
	.word 0x1d89a540
	.word 0xd178bd0
	.word 0x71d34926
	.word 0x6072efd
	.word 0x98c71d31
	.word 0x174110a1
	.word 0x9ff06b6b
	.word 0xc1350685
	.word 0x5d575897
	.word 0x7ef99515
	.word 0xc7397438
	.word 0xde7e1c07
	.word 0xa220adf8
	.word 0x446130d7
	.word 0x2d07dcaa
	.word 0x4cc0b83
	.word 0x323902fd
	.word 0x5eb3d20e
	.word 0xbab20e97
	.word 0x9772f7c7
	.word 0xf8c41342
	.word 0x2f21ac94
	.word 0x4cd7186d
	.word 0x54871f80
	.word 0x599fc35b
	.word 0x9f6a8781
	.word 0x3cc2c9cc
	.word 0xda941d11
	.word 0x7ff420ca
	.word 0x864ebabc
	.word 0x723b5430
	.word 0xf1655ae
	.word 0x71dd189f
	.word 0x8b1caef8
	.word 0xc6b792b9
	.word 0xa8f5b1e9
	.word 0xc7db4f2d
	.word 0x69e9be72
	.word 0x9addfd41
	.word 0x8bcc309b
	.word 0xb63598f4
	.word 0xa0485641
	.word 0xfa844321
	.word 0x2eeb1071
	.word 0xd047d663
	.word 0x7bffc7e6
	.word 0xe36b8a87
	.word 0xd55f50da
	.word 0xd7c5e078
	.word 0x1290663d
	.word 0xd4aeebd6
	.word 0x3351c8bc
	.word 0x428ffe7f
	.word 0x15485b3f
	.word 0xdbd93128
	.word 0x4275b516
	.word 0x6e36e0dd
	.word 0xf78e20ab
	.word 0x40f075a6
	.word 0x86d6c204
	.word 0x8c5bc4af
	.word 0x6d0587c8
	.word 0x6261cff6
	.word 0x287b6519
	.word 0xdfd489d5
	.word 0x932fdae2
	.word 0x660675bb
	.word 0xbe997d83
	.word 0xb403f7f7
	.word 0x955323a9
	.word 0xd5e91c7a
	.word 0x3aa2ce69
	.word 0xe94241e
	.word 0xc8e383b5
	.word 0xaa3a801f
	.word 0xbd1abd63
	.word 0xbc63af38
	.word 0xf91db4ba
	.word 0xbed0bc9f
	.word 0x81220ffe
	.word 0xdb685d90
	.word 0xcb9c8a5d
	.word 0x37e1f6
	.word 0x7d22a1b2
	.word 0xb8a5238
	.word 0x7863291e
	.word 0xb55c107e
	.word 0xdd2ab137
	.word 0xea8e8291
	.word 0x614b401f
	.word 0x205c33db
	.word 0x62c719c8
	.word 0xbe357fd7
	.word 0x283d7130
	.word 0x457d759d
	.word 0x921aaf3a
	.word 0x384c1444
	.word 0xe25dede6
	.word 0xa3c140d6
	.word 0xf0a3625b
	.word 0x1e1c9cf
	.word 0x23de81c3
	.word 0x8f359e30
	.word 0xa2838969
	.word 0xa676d77e
	.word 0xefbc0f72
	.word 0xa41d733b
	.word 0x4538d6c6
	.word 0xa3e71ff6
	.word 0x432600ba
	.word 0xe5112562
	.word 0xf61db23c
	.word 0x4b185031
	.word 0x62d4477e
	.word 0xad45be03
	.word 0x4a3fbb61
	.word 0x172b7cc8
	.word 0x6efa52b1
	.word 0xb1207c07
	.word 0x6ab8a9b7
	.word 0x8e40b870
	.word 0xb0906e37
	.word 0x178cc31c
	.word 0x720f998b
	.word 0xa6e99b94
	.word 0x26f17a79
	.word 0x3e758a66
	.word 0x6818b2ba
	.word 0xb7b67e3d
	.word 0x764da2a5
	.word 0x81351689
	.word 0x5f60c81b
	.word 0x8a12ee6a
	.word 0x2c277525
	.word 0x92f538e4
	.word 0x88dde010
	.word 0xaf20b59f
	.word 0x8bf22396
	.word 0x3f900e96
	.word 0xf618e757
	.word 0xb4bc37ee
	.word 0x7a7c370e
	.word 0x6f2ca140
	.word 0x9b9f4482
	.word 0x12e89da5
	.word 0x2adb9c6b
	.word 0x738cc8c0
	.word 0xb8030cca
	.word 0xeade20e7
	.word 0xf6982746
	.word 0xbc6351be
	.word 0x1ccba814
	.word 0x50ea82f0
	.word 0x1624d7ea
	.word 0x17e3e146
	.word 0x12a980c3
	.word 0x748fc2fb
	.word 0x16cc76f3
	.word 0x9a5905ba
	.word 0xe72d016d
	.word 0xa710df4d
	.word 0x23dd0711
	.word 0xe4d3b74e
	.word 0xd57df433
	.word 0x148f980e
	.word 0x164b52e9
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
