	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 88(x30)
	ld x3, 16(x30)
	ld x4, 128(x30)
	ld x5, 160(x30)
	ld x6, 88(x30)
	ld x7, 120(x30)
	ld x8, 168(x30)
	ld x9, 80(x30)
	ld x10, 16(x30)
	ld x11, 192(x30)
	ld x12, 168(x30)
	ld x13, 128(x30)
	ld x14, 128(x30)
	ld x15, 8(x30)
	ld x16, 56(x30)
	ld x17, 128(x30)
	ld x18, 184(x30)
	ld x19, 176(x30)
	ld x20, 192(x30)
	ld x21, 192(x30)
	ld x22, 8(x30)
	ld x23, 176(x30)
	ld x24, 88(x30)
	ld x25, 112(x30)
	ld x26, 152(x30)
	ld x27, 72(x30)
	ld x28, 16(x30)
	ld x29, 184(x30)
	ld x30, 112(x30)
	la x30, dvals
	fld f0, 120(x30)
	fld f1, 332(x30)
	fld f2, 348(x30)
	fld f3, 128(x30)
	flw f4, 320(x30)
	fld f5, 104(x30)
	fld f6, 112(x30)
	fld f7, 112(x30)
	fld f8, 232(x30)
	fld f9, 216(x30)
	flw f10, 320(x30)
	fld f11, 136(x30)
	fld f12, 96(x30)
	fld f13, 24(x30)
	fld f14, 272(x30)
	flw f15, 396(x30)
	flw f16, 336(x30)
	fld f17, 72(x30)
	fld f18, 384(x30)
	fld f19, 8(x30)
	fld f20, 184(x30)
	fld f21, 120(x30)
	fld f22, 240(x30)
	flw f23, 388(x30)
	fld f24, 272(x30)
	flw f25, 320(x30)
	fld f26, 232(x30)
	fld f27, 272(x30)
	flw f28, 360(x30)
	fld f29, 136(x30)
	flw f30, 284(x30)
	fld f31, 144(x30)
	la x30, dvals
	flw f5, 652(x30)
	fsgnjn.s f21, f5, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	fcvt.wu.d x24, f31, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	la x30, dvals
	fld f7, 432(x30)
	fcvt.lu.d x1, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	la x30, dvals
	fld f19, 464(x30)
	fsgnj.d f31, f3, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	sraw x27, x9, x24
	lhu x21, 682(x2)
	c.bnez x9, 1f
	srl x15, x27, x26
1:
	fcvt.d.lu f8, x3, rtz
	la x30, dvals
	fld f23, 80(x30)
	fmul.d f0, f21, f23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	sb x1, 389(x31)
	c.fsdsp f18, 152(sp)
	andi x13, x10, 0
	la x30, dvals
	flw f22, 660(x30)
	fmsub.s f6, f15, f26, f22, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	addi x21, x3, -1
	la x30, dvals
	fld f13, 584(x30)
	la x30, dvals
	fld f15, 208(x30)
	fnmadd.d f9, f13, f15, f13, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	la x30, dvals
	flw f9, 656(x30)
	fsub.s f30, f17, f9, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	sraw x8, x4, x3
	rem x26, x24, x23
	addw x19, x14, x4
	la x30, dvals
	flw f31, 608(x30)
	la x30, dvals
	flw f26, 304(x30)
	la x30, dvals
	flw f15, 632(x30)
	fnmadd.s f10, f31, f26, f15, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	la x30, dvals
	fld f11, 152(x30)
	fsub.d f15, f11, f15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	lwu x10, 468(x31)
	fmul.s f14, f6, f0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	addi x23, x3, -2
	la x30, dvals
	fld f3, 56(x30)
	la x30, dvals
	fld f16, 232(x30)
	fsgnj.d f6, f3, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	sraw x28, x25, x1
	c.li x1, 31
	c.lui x1, 22
	lw x13, 784(x2)
	subw x8, x19, x19
	la x30, dvals
	fld f0, 536(x30)
	fdiv.d f16, f19, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	subw x28, x4, x25
	c.mv x14, x8
	c.add x14, x14
	fcvt.lu.d x15, f5, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	la x30, dvals
	flw f28, 372(x30)
	fcvt.wu.s x22, f28, rmm
	slli x18, x21, 32
	srliw x9, x0, 8
	la x30, dvals
	fld f20, 0(x30)
	fmul.d f25, f26, f20, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	la x30, dvals
	fld f1, 184(x30)
	fclass.d x15, f1
	div x29, x27, x12
	rem x4, x6, x22
	slti x19, x20, 940
	subw x27, x20, x20
	xori x29, x15, 31
	slli x27, x16, 33
	srliw x15, x3, 0
	c.addi x5, 1
	c.addiw x5, 0
	sra x18, x24, x12
	fcvt.w.s x13, f28, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	la x30, dvals
	fld f3, 552(x30)
	la x30, dvals
	fld f17, 584(x30)
	feq.d x6, f3, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	divu x5, x20, x19
	ori x11, x3, 31
	la x30, dvals
	flw f10, 384(x30)
	fsqrt.s f4, f10, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	la x30, 1f
	c.jalr x30
	sra x25, x16, x15
1:
	la x30, dvals
	fld f23, 584(x30)
	fsqrt.d f12, f23, rup
	divuw x14, x29, x26
	bgeu x11, x4, 1f
	sub x9, x16, x15
	srlw x20, x25, x20
1:
	ori x16, x19, 31
	addi x18, x8, -1
	xor x24, x22, x3
	la x30, dvals
	fld f29, 264(x30)
	fnmadd.d f0, f7, f29, f8, dyn
	mv x14, x31
	c.ld x14, 176(x14)
	la x30, dvals
	fld f16, 512(x30)
	fcvt.wu.d x20, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	fsrmi x18, 1
	c.fsdsp f27, 448(sp)
	bltu x18, x23, 1f
	slt x19, x11, x22
1:
	divw x25, x0, x8
	and x20, x14, x8
	fclass.s x21, f24
	fmv.x.w x6, f18
	lw x17, 1372(x31)
	fcvt.l.d x15, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	remu x6, x26, x18
	la x30, dvals
	flw f31, 280(x30)
	fle.s x7, f5, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	addi x30, x31, 576
	amomin.d.rl x24, x8, (x30)
	lui x10, 361496
	fclass.s x8, f24
	sw x6, 1897(x31)
	la x30, dvals
	flw f0, 328(x30)
	la x30, dvals
	flw f10, 600(x30)
	fnmsub.s f5, f0, f5, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	sh x16, 1916(x31)
	la x30, dvals
	fld f6, 456(x30)
	la x30, dvals
	fld f1, 40(x30)
	fsgnjx.d f9, f6, f1
	lui x16, 612873
	la x30, dvals
	fld f28, 160(x30)
	la x30, dvals
	fld f0, 512(x30)
	fadd.d f4, f28, f0, rdn
	bgeu x19, x13, 1f
	sll x4, x3, x4
	sltu x19, x6, x24
1:
	andi x5, x4, 31
	c.mv x5, x9
	c.add x18, x5
	add x25, x14, x14
	addi x30, x31, 544
	amoor.d.aq x9, x0, (x30)
	c.addi16sp sp, 464
	c.sdsp x20, 40(sp)
	mv sp, x31
	mv x13, x31
	c.ld x12, 72(x13)
	la x30, dvals
	fld f22, 536(x30)
	flt.d x27, f22, f13
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	srlw x27, x8, x20
	la x30, dvals
	fld f16, 424(x30)
	fmax.d f21, f16, f7
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	mv x12, x31
	c.fsd f15, 144(x12)
	divw x16, x10, x11
	sllw x16, x18, x23
	c.or x9, x14
	remw x3, x22, x14
	c.fsdsp f11, 232(sp)
	bne x13, x17, 1f
	or x17, x7, x10
	sraw x29, x27, x22
1:
	la x30, dvals
	fld f23, 240(x30)
	la x30, dvals
	fld f19, 128(x30)
	fdiv.d f31, f23, f19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	srli x21, x28, 63
	srliw x11, x1, 27
	auipc x28, 524287
	lhu x1, 1634(x2)
	la x30, dvals
	fld f6, 192(x30)
	la x30, dvals
	fld f0, 136(x30)
	fnmadd.d f23, f6, f0, f12, rtz
	la x30, dvals
	fld f23, 496(x30)
	fcvt.lu.d x29, f23, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	addiw x6, x4, 31
	fsqrt.s f21, f14, rdn
	c.bnez x10, 1f
	sub x27, x29, x16
1:
	mul x20, x18, x21
	fcvt.w.d x29, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	c.fsdsp f15, 208(sp)
	add x15, x15, x9
	xori x18, x8, 63
	c.j 1f
	srlw x14, x28, x22
1:
	addi x30, x31, 1200
	amomaxu.d.aq x28, x1, (x30)
	c.li x14, 23
	c.lui x14, 22
	sll x16, x24, x10
	la x30, dvals
	flw f10, 312(x30)
	fmin.s f7, f30, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	la x30, dvals
	flw f17, 288(x30)
	la x30, dvals
	flw f13, 280(x30)
	fmul.s f21, f17, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	rem x27, x29, x19
	lhu x1, 1782(x31)
	fcvt.d.w f5, x1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	remu x14, x25, x18
	la x30, dvals
	flw f26, 388(x30)
	fmsub.s f2, f26, f22, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	la x30, 1f
	c.jalr x30
	add x12, x6, x1
1:
	c.swsp x20, 68(sp)
	c.sdsp x9, 432(sp)
	div x5, x18, x3
	mulhu x7, x19, x22
	div x22, x17, x22
	sd x24, 1064(x31)
	lwu x4, 1364(x2)
	la x30, dvals
	fld f6, 400(x30)
	fmsub.d f16, f6, f1, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	la x30, dvals
	fld f4, 440(x30)
	la x30, dvals
	fld f2, 216(x30)
	fmin.d f21, f4, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	lhu x0, 1052(x31)
	auipc x15, 1
	sub x14, x19, x23
	la x30, dvals
	flw f15, 620(x30)
	la x30, dvals
	flw f18, 680(x30)
	fmax.s f30, f15, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	ori x5, x15, 0
	divw x11, x26, x19
	la x30, dvals
	fld f7, 48(x30)
	fcvt.lu.d x15, f7, rne
	la x30, dvals
	fld f6, 216(x30)
	la x30, dvals
	fld f7, 488(x30)
	la x30, dvals
	fld f0, 264(x30)
	fmsub.d f30, f6, f7, f0, rtz
	la x30, dvals
	flw f8, 380(x30)
	fmul.s f7, f8, f25, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	lh x29, 500(x2)
	div x6, x0, x25
	fmv.d.x f15, x14
	lui x28, 0
	la x30, 1f
	jalr x1, 1(x30)
	or x29, x20, x24
1:
	la x30, 1f
	jalr x1, 0(x30)
	srlw x7, x29, x0
1:
	la x30, dvals
	flw f23, 668(x30)
	fmul.s f21, f18, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	divw x23, x4, x17
	bge x23, x3, 1f
	subw x21, x3, x7
1:
	c.nop
	sll x20, x29, x28
	la x30, dvals
	fld f19, 0(x30)
	fnmadd.d f31, f19, f1, f10, dyn
	la x30, dvals
	flw f4, 368(x30)
	fcvt.wu.s x27, f4, rne
	sw x1, 1601(x31)
	ori x29, x10, 63
	la x30, dvals
	flw f21, 316(x30)
	feq.s x4, f28, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	c.nop
	c.nop
	bne x21, x28, 1f
	sltu x19, x3, x23
	and x28, x10, x23
1:
	sh x18, 494(x31)
	la x30, dvals
	fld f27, 272(x30)
	fsub.d f25, f26, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	c.swsp x9, 8(sp)
	c.sdsp x4, 336(sp)
	remw x19, x17, x3
	sll x16, x19, x22
	mv x10, x31
	c.sd x9, 112(x10)
	srai x24, x24, 53
	srliw x4, x25, 31
	addiw x11, x22, 2047
	fsgnj.d f9, f3, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	csrrsi x3, fflags, 30
	sub x5, x9, x22
	fcvt.l.s x1, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	ld x15, 1869(x2)
	blt x9, x25, 1f
	sub x20, x0, x5
	and x20, x8, x11
1:
	la x30, dvals
	flw f18, 372(x30)
	la x30, dvals
	flw f28, 684(x30)
	fmul.s f15, f18, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	la x30, 1f
	c.jr x30
	sltu x0, x6, x24
1:
	div x16, x19, x10
	c.nop
	fsub.d f17, f22, f17, rdn
	slti x19, x7, -2
	andi x17, x0, 2047
	divw x3, x28, x6
	sraw x10, x19, x25
	or x16, x19, x23
	lw x7, 1548(x2)
	bne x21, x24, 1f
	sllw x6, x1, x6
	and x3, x11, x21
1:
	la x30, dvals
	fld f6, 16(x30)
	fcvt.s.d f19, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	csrrwi x26, frm, 2
	fcvt.d.s f29, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	bge x13, x22, 1f
	and x13, x16, x12
1:
	sllw x13, x13, x23
	la x30, dvals
	flw f22, 308(x30)
	la x30, dvals
	flw f15, 384(x30)
	flt.s x12, f22, f15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	xori x7, x14, 32
	sw x7, 1512(x31)
	fcvt.l.s x21, f8, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	fsrmi x17, 0
	addi x22, x29, -2
	lbu x22, 1008(x2)
	la x30, dvals
	fld f29, 184(x30)
	la x30, dvals
	fld f18, 112(x30)
	fnmsub.d f29, f29, f18, f28, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	beq x0, x29, 1f
	subw x1, x28, x11
1:
	mulhsu x7, x20, x24
	la x30, dvals
	flw f5, 672(x30)
	fadd.s f5, f11, f5, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	la x30, dvals
	fld f16, 456(x30)
	la x30, dvals
	fld f6, 408(x30)
	fmul.d f8, f16, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	lw x17, 1976(x2)
	c.beqz x10, 1f
	sll x23, x26, x27
1:
	la x30, dvals
	flw f29, 316(x30)
	fcvt.wu.s x9, f29, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	la x30, dvals
	flw f30, 628(x30)
	feq.s x29, f29, f30
	la x30, dvals
	fld f14, 136(x30)
	fcvt.s.d f27, f14, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	la x30, dvals
	fld f7, 80(x30)
	la x30, dvals
	fld f22, 456(x30)
	fnmadd.d f27, f21, f7, f22, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	sh x26, 245(x31)
	la x30, dvals
	flw f21, 656(x30)
	fcvt.l.s x19, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	mulw x26, x20, x12
	fcvt.d.wu f16, x17
	addi x0, x27, 1
	fsw f5, 120(x31)
	fsflags x12, x25
	la x30, dvals
	fld f26, 176(x30)
	la x30, dvals
	fld f7, 72(x30)
	fadd.d f24, f26, f7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	srai x18, x3, 1
	slliw x19, x10, 31
	la x30, dvals
	fld f24, 0(x30)
	fcvt.s.d f27, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	mulhsu x12, x15, x3
	la x30, dvals
	flw f8, 320(x30)
	la x30, dvals
	flw f7, 672(x30)
	fdiv.s f9, f8, f7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	or x15, x28, x26
	lb x16, 94(x2)
	remw x24, x17, x0
	lb x8, 1403(x2)
	sd x3, 760(x31)
	addi x30, x31, 1312
	lr.w.aqrl x19, (x30)
	sc.w.aqrl x14, x8, (x30)
	fmv.x.w x25, f23
	sw x10, 880(x31)
	remuw x24, x27, x17
	c.addi x9, 31
	c.addiw x9, -1
	slt x29, x8, x28
	c.li x25, 13
	c.lui x25, 26
	la x30, dvals
	flw f2, 668(x30)
	fmul.s f10, f26, f2, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	la x30, dvals
	fld f16, 64(x30)
	fclass.d x24, f16
	la x30, dvals
	fld f25, 440(x30)
	fnmadd.d f8, f20, f25, f7, rup
	fsw f18, 1104(x31)
	and x16, x18, x0
	jal x17, 1f
	sll x16, x22, x24
1:
	addi x30, x31, 1488
	amoswap.w x8, x20, (x30)
	c.fsdsp f22, 336(sp)
	la x30, dvals
	fld f11, 48(x30)
	fmul.d f5, f11, f26, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	subw x3, x18, x27
	fdiv.d f1, f8, f4, rmm
	fsflags x12, x16
	bge x28, x12, 1f
	sraw x13, x20, x16
1:
	blt x26, x22, 1f
	sltu x3, x7, x1
	srl x29, x15, x20
1:
	c.fldsp f17, 472(sp)
	auipc x25, 173077
	la x30, dvals
	flw f19, 608(x30)
	la x30, dvals
	flw f20, 684(x30)
	fmsub.s f12, f19, f12, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	srai x27, x14, 31
	sraiw x20, x20, 0
	la x30, dvals
	fld f5, 456(x30)
	la x30, dvals
	fld f24, 560(x30)
	fadd.d f19, f5, f24, rup
	la x30, dvals
	fld f31, 520(x30)
	la x30, dvals
	fld f11, 416(x30)
	fsgnjn.d f11, f31, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	lh x20, 1584(x2)
	slli x16, x23, 1
	slliw x25, x27, 1
	blt x23, x13, 1f
	subw x5, x9, x17
	sltu x1, x10, x16
1:
	subw x26, x14, x25
	divw x19, x10, x17
	slt x21, x18, x29
	or x5, x26, x8
	addi x30, x31, 1816
	amoor.w.aqrl x20, x5, (x30)
	srli x23, x8, 1
	srliw x5, x24, 31
	la x30, dvals
	flw f7, 336(x30)
	fclass.s x23, f7
	c.li x19, -17
	c.lui x19, 24
	bltu x27, x12, 1f
	srl x5, x16, x27
	addw x22, x7, x23
1:
	c.li x24, 13
	c.lui x24, 7
	la x30, dvals
	flw f20, 672(x30)
	fsqrt.s f20, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	sllw x20, x1, x5
	flw f12, 1484(x31)
	ori x1, x3, 1
	fclass.d x17, f2
	sll x0, x25, x7
	jal x25, 1f
	xor x7, x25, x21
1:
	c.j 1f
	sltu x13, x4, x24
1:
	la x30, dvals
	fld f20, 424(x30)
	fdiv.d f0, f22, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	la x30, dvals
	fld f28, 464(x30)
	la x30, dvals
	fld f28, 440(x30)
	fdiv.d f1, f28, f28, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	divu x25, x11, x28
	la x30, dvals
	flw f14, 300(x30)
	fnmsub.s f13, f2, f30, f14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	la x30, dvals
	flw f25, 312(x30)
	fcvt.lu.s x12, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	mul x19, x10, x7
	fmax.s f8, f19, f20
	la x30, dvals
	flw f14, 664(x30)
	fsub.s f13, f14, f3, rne
	addi x30, x31, 1296
	amoand.d.aqrl x4, x27, (x30)
	blt x21, x6, 1f
	srlw x22, x1, x12
1:
	sd x16, 144(x31)
	lb x19, 1509(x2)
	sh x8, 820(x31)
	slli x9, x11, 20
	srliw x25, x12, 0
	srai x13, x27, 63
	sraiw x17, x6, 15
	addi x30, x31, 1696
	lr.w.aqrl x29, (x30)
	sra x17, x14, x24
	sc.w.aqrl x9, x21, (x30)
	addi x30, x31, 1976
	amoadd.d.aq x6, x7, (x30)
	addi x25, x15, 2047
	jal x0, 1f
	slt x9, x20, x1
1:
	lwu x16, 776(x2)
	la x30, dvals
	flw f4, 640(x30)
	la x30, dvals
	flw f27, 372(x30)
	fdiv.s f25, f4, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	fcvt.l.s x0, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	fsqrt.d f16, f25, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	mv x8, x31
	c.ld x10, 232(x8)
	lw x9, 1468(x31)
	ld x28, 871(x31)
	rem x23, x26, x21
	sh x7, 58(x31)
	la x30, 1f
	jalr x10, 1(x30)
	xor x23, x11, x29
1:
	slt x26, x23, x0
	sd x24, 112(x31)
	jal x27, 1f
	subw x20, x13, x13
1:
	fsqrt.s f27, f3, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	la x30, dvals
	flw f1, 360(x30)
	fcvt.lu.s x24, f1, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	mul x26, x28, x3
	or x17, x15, x21
	la x30, dvals
	flw f23, 352(x30)
	la x30, dvals
	flw f29, 644(x30)
	fmin.s f8, f23, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	la x30, dvals
	flw f23, 364(x30)
	fdiv.s f26, f30, f23, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	divuw x21, x8, x23
	lw x27, 216(x31)
	la x30, dvals
	fld f17, 416(x30)
	fnmsub.d f18, f19, f17, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	feq.s x4, f29, f11
	la x30, dvals
	flw f18, 652(x30)
	fsgnjx.s f22, f18, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	sltu x10, x27, x29
	la x30, dvals
	flw f21, 352(x30)
	la x30, dvals
	flw f16, 364(x30)
	fmul.s f22, f21, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	la x30, dvals
	fld f13, 400(x30)
	fmul.d f24, f12, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	fcvt.s.l f20, x14, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	rem x1, x24, x22
	mul x21, x7, x12
	c.fldsp f3, 104(sp)
	srli x12, x27, 31
	srliw x15, x21, 0
	divu x9, x23, x29
	sra x17, x28, x13
	fcvt.w.s x24, f29, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	addiw x5, x10, 0
	fclass.d x15, f19
	c.j 1f
	sll x12, x14, x27
1:
	fcvt.s.wu f9, x26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	xori x9, x25, 2047
	srai x16, x4, 31
	slliw x4, x16, 1
	la x30, dvals
	fld f3, 472(x30)
	la x30, dvals
	fld f16, 184(x30)
	fmul.d f3, f3, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	sraw x24, x17, x27
	bltu x4, x3, 1f
	slt x22, x14, x4
	srl x12, x13, x11
1:
	addi x30, x31, 48
	lr.w x5, (x30)
	and x12, x25, x10
	sc.w x16, x0, (x30)
	fcvt.s.w f2, x7, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	lbu x23, 105(x31)
	addi x30, x31, 424
	lr.w.rl x13, (x30)
	addw x10, x17, x14
	sc.w.rl x13, x19, (x30)
	la x30, dvals
	fld f22, 8(x30)
	la x30, dvals
	fld f4, 88(x30)
	flt.d x15, f22, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	srai x29, x10, 33
	srliw x7, x17, 1
	lhu x16, 1264(x31)
	mv x8, x31
	c.sd x13, 0(x8)
	and x7, x20, x0
	fld f11, 672(x31)
	divu x11, x24, x21
	fcvt.d.w f26, x13
	la x30, dvals
	flw f18, 668(x30)
	fmul.s f24, f11, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	la x30, 1f
	jalr x3, 1(x30)
	or x6, x17, x11
1:
	addw x21, x15, x20
	lwu x16, 120(x2)
	mulhsu x6, x11, x6
	la x30, 1f
	jalr x3, 0(x30)
	slt x5, x4, x22
1:
	la x30, 1f
	jalr x17, 1(x30)
	and x9, x7, x19
1:
	divw x6, x14, x20
	la x30, dvals
	fld f8, 88(x30)
	la x30, dvals
	fld f4, 440(x30)
	fmax.d f30, f8, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	la x30, 1f
	jalr x26, 0(x30)
	and x7, x5, x27
1:
	ori x9, x20, 1428
	sd x22, 1824(x31)
	la x30, dvals
	fld f9, 512(x30)
	fsub.d f0, f29, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	c.fsdsp f1, 472(sp)
	jal x14, 1f
	xor x1, x24, x16
1:
	mulhu x10, x7, x3
	mv x11, x31
	c.fld f12, 232(x11)
	bge x3, x7, 1f
	xor x1, x15, x19
1:
	srlw x29, x28, x1
	fcvt.d.s f24, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	mv x11, x31
	c.fld f12, 232(x11)
	ld x23, 240(x2)
	la x30, dvals
	fld f0, 240(x30)
	fmadd.d f28, f0, f14, f23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	srai x5, x14, 0
	slliw x17, x0, 0
	sraw x15, x29, x26
	addi x30, x31, 1448
	amomaxu.w.aq x17, x21, (x30)
	remuw x7, x19, x10
	srlw x5, x26, x24
	srli x18, x5, 33
	slliw x20, x25, 25
	addi x17, x22, 63
	sltu x10, x3, x29
	addi x3, x11, -1
	slt x16, x3, x5
	mulhsu x11, x14, x23
	sb x24, 4(x31)
	ori x9, x13, 0
	la x30, dvals
	flw f13, 344(x30)
	fsub.s f11, f17, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	fsd f20, 512(x31)
	lui x7, 1
	slti x14, x9, -2
	mul x11, x6, x25
	la x30, dvals
	flw f1, 308(x30)
	fmsub.s f15, f1, f1, f18, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	jal x17, 1f
	and x28, x7, x5
1:
	addi x30, x31, 72
	amoor.d x25, x14, (x30)
	lwu x26, 300(x2)
	sllw x13, x9, x14
	remw x11, x13, x14
	sll x19, x28, x21
	lhu x13, 236(x31)
	la x30, dvals
	flw f16, 656(x30)
	fadd.s f30, f8, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	lbu x0, 342(x31)
	lhu x0, 1312(x2)
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
	.dword 0x05f136c34601adb7
	.dword 0x0559f9ec76e8ff1e
	.dword 0x486a78fbe9d67361
	.dword 0xd0f2573cd8a6dcf6
	.dword 0x643bb02a55e1df95
	.dword 0xac7a5b1c042cba90
	.dword 0xfca096cf21593f93
	.dword 0xd3c0c406a34c5566
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
	.dword 0xc0fc4a4ef87abfac
	.dword 0x3f4e4149c8b32c22
	.dword 0x3e2535f7174060aa
	.dword 0x40d9cda98f289f17
	.dword 0xc0fd571d5b2c3922
	.dword 0xbe72fffafd3cbe3c
	.dword 0x3eec06eb660f889b
	.dword 0x40aa6afa0fee7258
	.dword 0xbfb13657addaca42
	.dword 0xc08006b23b620d41
	.dword 0x4091077a3ba9b5ed
	.dword 0x410e853e94a3a8ba
	.dword 0xc338225911c94188
	.dword 0x43ea591fbb59c74b
	.dword 0x0024247713fe4362
	.dword 0x41efbf7da009a0dd
	.dword 0x4331c6b12d9b2642
	.dword 0x0022cf0ecc4e08ff
	.dword 0x41e3a6da38c021f6
	.dword 0xc3efd8544a92f78e
	.dword 0x41ecdc76eae267c7
	.dword 0x7fd308c2f8132c9f
	.dword 0x7fdddfea7ff35d5a
	.dword 0x7fd8448b678e863f
	.word 0xbb3fb3f5
	.word 0xc4642da5
	.word 0x401335ac
	.word 0xbd1b907b
	.word 0xba68c3b0
	.word 0x3d466e2e
	.word 0x3d4ed92d
	.word 0x4189cebc
	.word 0x3b7fd5f1
	.word 0x3e17a3f0
	.word 0xbfe75c24
	.word 0xc40d4c16
	.word 0xfed520d5
	.word 0x5f4c408e
	.word 0x12caa10
	.word 0xf63b65f
	.word 0x5f58404d
	.word 0xcf17a77d
	.word 0x7f7705c0
	.word 0xcf6e05ce
	.word 0xf3cfc92
	.word 0x1031f12
	.word 0x5f546f35
	.word 0xf04da9f
	.balign 16
scratch:
	.word 0x2233f874
	.word 0xfa978baa
	.word 0x77bb053b
	.word 0xf491b815
	.word 0xb1fc425c
	.word 0xf4c0e67
	.word 0x5e958dc7
	.word 0xa8e5071
	.word 0xd0821611
	.word 0xda4f9911
	.word 0x4d81947
	.word 0xf9efad5f
	.word 0x84cd24dd
	.word 0x2a840a36
	.word 0xd3916537
	.word 0x19c8af2c
	.word 0x89880e7a
	.word 0x80a64179
	.word 0x59a1e29d
	.word 0xdbbc7ce4
	.word 0xd03a0874
	.word 0xb7acdd2e
	.word 0xad286e6a
	.word 0xbc4abd18
	.word 0x96d0d56c
	.word 0x3df7912
	.word 0x7354a2ec
	.word 0x6237c68
	.word 0x5c675f5f
	.word 0x461077b9
	.word 0x54090a8a
	.word 0xde5674e6
	.word 0x99d2ce3
	.word 0x2c224683
	.word 0xfab08bba
	.word 0x93307579
	.word 0x2e7c6d76
	.word 0xd98d6f7f
	.word 0xf8341c8e
	.word 0xf19cadc
	.word 0xfe086e5d
	.word 0x8bb5403c
	.word 0x55e8ed45
	.word 0x404d45c5
	.word 0xf647a65f
	.word 0x5304a439
	.word 0x37ff18f8
	.word 0x48ee2388
	.word 0x1f73dd27
	.word 0xfe36e6cc
	.word 0x7f0180db
	.word 0xac422d96
	.word 0xd7e3b4ae
	.word 0x8fb2a6b5
	.word 0xb7e90be7
	.word 0x4421b50d
	.word 0x2285a5ed
	.word 0x513190d1
	.word 0x65ba9c4
	.word 0x1f011ed5
	.word 0xa7afb7b8
	.word 0x7a4b7d94
	.word 0xaac71a68
	.word 0x78cdeb0d
	.word 0x702912bb
	.word 0x1db52b04
	.word 0xa26b1aae
	.word 0xe6e9fc11
	.word 0xf41da424
	.word 0x53b98968
	.word 0x3003bc62
	.word 0xb6742b05
	.word 0x5186c36f
	.word 0xb48794da
	.word 0x85820d54
	.word 0x41350740
	.word 0xda73826e
	.word 0xedfcf951
	.word 0x280ae77a
	.word 0xe8563c08
	.word 0xd5325783
	.word 0x678d7422
	.word 0xe8234466
	.word 0x95574211
	.word 0xdfbecffb
	.word 0xce7437bb
	.word 0x58ed0cba
	.word 0xd63c30e7
	.word 0x543fe617
	.word 0xb7571f49
	.word 0xc37cb7d6
	.word 0xe54dffb5
	.word 0xdd52fe8
	.word 0xad27047c
	.word 0xf8bcf7a8
	.word 0xaf71550c
	.word 0x3fc26b64
	.word 0x27749453
	.word 0xa2b7b2c
	.word 0xcc97f8eb
	.word 0x42daa4ee
	.word 0xdeaa966d
	.word 0x897b9e
	.word 0xd0af2003
	.word 0xa14410d4
	.word 0x488eae1b
	.word 0x34fd971d
	.word 0x45d0f652
	.word 0x3849e03f
	.word 0x8d8e4118
	.word 0xf0011a0e
	.word 0xbb56c66e
	.word 0x10fdc3c3
	.word 0xb83b07a1
	.word 0xc1263306
	.word 0xef98e405
	.word 0x901f8ca9
	.word 0x50d911ec
	.word 0x2e71bb5e
	.word 0x3a548db3
	.word 0xd7b5b002
	.word 0x570ddbd8
	.word 0x62a31183
	.word 0x12fd488a
	.word 0xc666fafc
	.word 0x3e17ba60
	.word 0xe220076d
	.word 0xbb77176b
	.word 0x6ad12f66
	.word 0xa884d7f8
	.word 0x7d021665
	.word 0xc61b99c2
	.word 0x1153e933
	.word 0xe2c25e29
	.word 0x89e27fea
	.word 0x5f4c045
	.word 0x2279f9db
	.word 0xb510783a
	.word 0xf8fbc311
	.word 0x93adc8fd
	.word 0x7cfdc924
	.word 0x7efc52c8
	.word 0x60003bda
	.word 0x88124487
	.word 0xd0da5c06
	.word 0xf000e4cb
	.word 0x7fa7a267
	.word 0xf68bf5d2
	.word 0x8e0fc88a
	.word 0x94c8d3a5
	.word 0x593aab9b
	.word 0x85707a5f
	.word 0xcd403702
	.word 0xbfa24892
	.word 0x20be0a8a
	.word 0xdc0875dd
	.word 0x84c42c04
	.word 0x29d13866
	.word 0xd5621e08
	.word 0x42c9fe79
	.word 0xdddaffba
	.word 0xc7922b2c
	.word 0xdc0aa0b7
	.word 0x8b9c9399
	.word 0x241852ae
	.word 0xe7fd3488
	.word 0x6cee93fe
	.word 0x6cb09a76
	.word 0x8032d4a9
	.word 0x8e54a6ba
	.word 0x4afe949b
	.word 0x95daad0d
	.word 0xcf16cb30
	.word 0xd868c108
	.word 0xc97d84ac
	.word 0x44ef3358
	.word 0xf208215a
	.word 0x3240532b
	.word 0x3c80c819
	.word 0x95fca1d8
	.word 0x3933865b
	.word 0x76e09647
	.word 0xe120ce33
	.word 0xe43c9a40
	.word 0x99e09eba
	.word 0xccc4ef81
	.word 0x77a8047b
	.word 0x93cca2e8
	.word 0xf5a58520
	.word 0xe53553a0
	.word 0xa76ff400
	.word 0x6414c617
	.word 0x661d57fc
	.word 0x50b4802d
	.word 0xd6994ed5
	.word 0x1731bff4
	.word 0x392addf3
	.word 0x30051b99
	.word 0xfdb83662
	.word 0x95f570d8
	.word 0x4623c8cf
	.word 0xd87cdd12
	.word 0x3809235d
	.word 0x903320ec
	.word 0x71f5859b
	.word 0xe9962238
	.word 0x97f7aed0
	.word 0x279e6706
	.word 0x84a48599
	.word 0x96e25dd2
	.word 0x76561cbe
	.word 0xdf14d9e
	.word 0xac11685f
	.word 0xa243d292
	.word 0xda2e2dda
	.word 0xed392010
	.word 0xee53d52d
	.word 0xa31d596
	.word 0x20e2b737
	.word 0xb689ea95
	.word 0xf0bae078
	.word 0x3a037262
	.word 0xddac10e5
	.word 0xa9a3789d
	.word 0x10a7c365
	.word 0xf1a9f700
	.word 0x267b8424
	.word 0x891ac43b
	.word 0xe2245255
	.word 0x65b60a22
	.word 0x3ab1133b
	.word 0x2199550
	.word 0x26c22c29
	.word 0xba08cca
	.word 0x5d01fb16
	.word 0x2e024ec7
	.word 0x9c89386a
	.word 0xcb0090a8
	.word 0xfbaa7862
	.word 0x206a2411
	.word 0xf9eefac5
	.word 0xf07f7a5e
	.word 0xf9a20d44
	.word 0xb950f961
	.word 0x69edc1bf
	.word 0xea936312
	.word 0x58dd6d2a
	.word 0x5a72a556
	.word 0xd5d4257a
	.word 0x7e12f527
	.word 0x3676aafc
	.word 0x86023668
	.word 0xd92597ef
	.word 0x10d00263
	.word 0x3112f8d
	.word 0xfaf3035d
	.word 0xc9852c31
	.word 0xec647c30
	.word 0x1fabf5e1
	.word 0x43eb482a
	.word 0x772db6fd
	.word 0xffbcb684
	.word 0x44ec4472
	.word 0x402e2a23
	.word 0x282b1a56
	.word 0x275e0326
	.word 0x6ca7db
	.word 0x6663f90
	.word 0xf31fb41a
	.word 0xb6022c54
	.word 0x82926790
	.word 0x26014a0
	.word 0x1e768f9a
	.word 0x3f30a358
	.word 0x402d6855
	.word 0x49d06606
	.word 0xe700154e
	.word 0x509d54da
	.word 0xbacb52f9
	.word 0xc2174cd3
	.word 0x5a2a1bb5
	.word 0x32ca547b
	.word 0x70e40379
	.word 0xe1e03cbc
	.word 0x288e3f67
	.word 0x337b216
	.word 0x5bd41d2c
	.word 0xd64fd394
	.word 0xab95f4ca
	.word 0xb49b77cc
	.word 0x9631c55d
	.word 0x7ddc7010
	.word 0x881f361f
	.word 0xb540cf51
	.word 0x39fd9984
	.word 0xd366c0a2
	.word 0x6522267b
	.word 0x1c47872d
	.word 0x78e87efc
	.word 0x91cf6987
	.word 0xe30948f8
	.word 0x88d39393
	.word 0xae9056a3
	.word 0x2cc8f4a1
	.word 0x79c57c6f
	.word 0x1f561e2b
	.word 0x4ef11c22
	.word 0xc3d83998
	.word 0x5980264d
	.word 0xf47cb5c9
	.word 0x3a7131cb
	.word 0x9543a20f
	.word 0xc144634e
	.word 0xe89d3ed8
	.word 0xa785361b
	.word 0x298c81b8
	.word 0x8ec071c5
	.word 0x9feaa699
	.word 0xac0583a5
	.word 0x92549e3d
	.word 0x33f4e074
	.word 0x50bcc6a9
	.word 0xc559d13d
	.word 0x10bfdec2
	.word 0x879a8551
	.word 0x312917e9
	.word 0x6953fe63
	.word 0xc56d30ac
	.word 0xc68a310
	.word 0x195f4db5
	.word 0xeddb2de1
	.word 0x848e7392
	.word 0x157ecb6c
	.word 0x4e7681c5
	.word 0x5783b2a2
	.word 0x1b2bab69
	.word 0xa691350a
	.word 0x86369752
	.word 0xcf435abc
	.word 0x26859e76
	.word 0x3c298eb3
	.word 0xb202e1cc
	.word 0x2959ccf1
	.word 0x83b76d2
	.word 0xbac1b1e2
	.word 0x134b441c
	.word 0x2d7c6f8
	.word 0xbb1fc47c
	.word 0x319cd334
	.word 0xd4badfe9
	.word 0x67b0b10a
	.word 0x43a8f182
	.word 0xee8b768e
	.word 0x8b0422c3
	.word 0xe4d4e8cd
	.word 0x4063f14b
	.word 0xf71b43ae
	.word 0x72b74f39
	.word 0xf15470b1
	.word 0x970f8d10
	.word 0xb31a7686
	.word 0x4493c403
	.word 0xbe64fb4a
	.word 0xb8d24c
	.word 0x44dab9b4
	.word 0x6e6a3802
	.word 0x427fa57
	.word 0x96c19bc1
	.word 0x1284cabd
	.word 0xf1b6c5d4
	.word 0x8867b12
	.word 0x3b6f44e0
	.word 0xad968e39
	.word 0xf6639231
	.word 0x9bf443
	.word 0xbc66c20a
	.word 0xe0d1b339
	.word 0x69f422
	.word 0xe358c1d4
	.word 0x9725b0c5
	.word 0x69d0b3b
	.word 0x58bd2006
	.word 0x6b0e5558
	.word 0x9505b4ca
	.word 0x50004584
	.word 0x4eadd25c
	.word 0x68232dcf
	.word 0xbec3ab42
	.word 0xbeda5c77
	.word 0x5fcc1d7d
	.word 0x5019bacc
	.word 0x8f4124ec
	.word 0xd042d142
	.word 0xc7305a97
	.word 0x40394866
	.word 0x4f82237c
	.word 0x765977ca
	.word 0x4ca368da
	.word 0x16bf38c6
	.word 0xc55782b5
	.word 0x95263e95
	.word 0xc624a0f
	.word 0xe1529b5e
	.word 0xf5194a02
	.word 0x5775e1ee
	.word 0x8242dd0a
	.word 0xe59dce9b
	.word 0xd59e973c
	.word 0xe85b8480
	.word 0x81b2d445
	.word 0xbc7922d8
	.word 0x9c6fb7e9
	.word 0x38c6f6a0
	.word 0x24423089
	.word 0x283715a0
	.word 0x9aed6cc1
	.word 0xd9dfb81b
	.word 0xf54521d5
	.word 0x7e8a842a
	.word 0xeff5b68d
	.word 0x7da379ff
	.word 0x410e8691
	.word 0xaa41219f
	.word 0x40225266
	.word 0x47bc7d71
	.word 0xca551678
	.word 0x7bde6495
	.word 0x5edf7953
	.word 0x8f5d7489
	.word 0x1844c98f
	.word 0xafd84f95
	.word 0x637d2c80
	.word 0x1b44b136
	.word 0x2124c767
	.word 0x80c70be3
	.word 0x56d03cfe
	.word 0x78b55f79
	.word 0xb818cc54
	.word 0x93d18f3d
	.word 0xe4f9bae6
	.word 0xa70775b4
	.word 0x7f8bfcec
	.word 0x2d9e007
	.word 0xe5faf20b
	.word 0xccc23516
	.word 0xc676b4e6
	.word 0xda5eef3
	.word 0xbf010f0e
	.word 0x42f08fbe
	.word 0x33eba19d
	.word 0xbcdc6c51
	.word 0x1b9ccbba
	.word 0xdf92932f
	.word 0x33118f54
	.word 0x5d9acb09
	.word 0x9b86c7f4
	.word 0x2c74af48
	.word 0x8a238346
	.word 0xb32cf203
	.word 0x80fc1215
	.word 0x5568da0a
	.word 0x8b1e1ede
	.word 0x507aad3c
	.word 0xbe78d592
	.word 0x3d923917
	.word 0x2cac6daf
	.word 0x82227943
	.word 0x6c458706
	.word 0x480003d4
	.word 0x472e5ac9
	.word 0x290a2b2
	.word 0xce1bd3f1
	.word 0x38d091a3
	.word 0x76787ef1
	.word 0x4d6a2662
	.word 0x3d6a3491
	.word 0x4fd04cd
	.word 0x28fa291f
	.word 0xd6e60193
	.word 0xcc5935d9
	.word 0xb6ae75a8
	.word 0x7b727d05
	.word 0xae8a2aec
	.word 0x912c3fe7
	.word 0xccca456f
	.word 0x89b0cdc
	.word 0x4917b3dc
	.word 0x52e1e12a
	.word 0xb6565f48
	.word 0xca535377
	.word 0xa7818e49
	.word 0x5f5448cd
	.word 0x1ffdfe8b
	.word 0xa5b51d3d
	.word 0xc44578b4
	.word 0x12a6ebd
	.word 0xd340f0a3
	.word 0x67ca3729
	.word 0x4cff07e
	.word 0xa2c9eede
	.word 0x7d5e4bb7
	.word 0x3136c5c3
	.word 0xd854f184
	.word 0x8aee0476
	.word 0x67cc986
	.word 0x76c48220
	.word 0x369edd60
	.word 0x4b67d4d9
	.word 0x8e6928c7
	.word 0xc542329f
	.word 0xe123f1f7
	.word 0x7cb69159
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
